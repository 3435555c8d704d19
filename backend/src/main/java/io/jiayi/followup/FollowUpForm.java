package io.jiayi.followup;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One published version of a follow-up form; it never changes, a new version is a new form. */
public record FollowUpForm(UUID id, String code, int version, String title, OffsetDateTime publishedAt,
        List<Question> questions) {

    public record Question(String code, String label, QuestionType type, boolean required, String unit,
            BigDecimal min, BigDecimal max, Integer decimals, Integer maxLength, boolean allowFuture, Reading reading,
            List<Option> options) {

        public boolean hasOption(String optionCode) {
            return options.stream().anyMatch(o -> o.code().equals(optionCode));
        }
    }

    public record Option(String code, String label) {
    }

    public Optional<Question> question(String questionCode) {
        return questions.stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }
}
