package io.jiayi.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemCatalogueTest {

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyCodeHasAChineseAndAnEnglishText(ProblemCode code) {
        for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            assertThat(Messages.title(code, locale)).isNotEqualTo(code.name() + ".title");
            assertThat(Messages.detail(code, locale)).isNotEqualTo(code.name() + ".detail");
        }
        assertThat(Messages.title(code, Messages.CHINESE)).matches(".*[\\u4e00-\\u9fff].*");
        assertThat(Messages.title(code, Locale.ENGLISH)).matches("[\\x20-\\x7e]+");
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyCodeHasAStableTypeUri(ProblemCode code) {
        assertThat(code.type().toString())
                .isEqualTo("https://problems.jiayi.changning.local/" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        assertThat(code.status()).isBetween(400, 599);
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsChosenWhenAsked() {
        assertThat(Messages.negotiate((String) null)).isEqualTo(Messages.CHINESE);
        assertThat(Messages.negotiate("fr-FR")).isEqualTo(Messages.CHINESE);
        assertThat(Messages.negotiate("en-GB,en;q=0.8")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.negotiate("zh-CN,en;q=0.5")).isEqualTo(Messages.CHINESE);
        assertThat(Messages.negotiate("fr;q=1,en;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.negotiate("no such header;;")).isEqualTo(Messages.CHINESE);
    }

    @Test
    void argumentsAreFormattedIntoTheDetail() {
        assertThat(Messages.detail(ProblemCode.INSTITUTION_CODE_TAKEN, Locale.ENGLISH, "CHC-XINHUA"))
                .isEqualTo("The institution code \"CHC-XINHUA\" is already in use.");
        assertThat(Messages.detail(ProblemCode.INSTITUTION_CODE_TAKEN, Messages.CHINESE, "CHC-XINHUA"))
                .isEqualTo("机构编码“CHC-XINHUA”已被使用。");
    }
}
