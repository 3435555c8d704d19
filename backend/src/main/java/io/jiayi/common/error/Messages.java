package io.jiayi.common.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts for problem codes. Chinese is the default; English when the caller asks for it.
 * The bundles are plain properties files so translators never touch code.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "messages.problems";
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The first language of Accept-Language this API speaks, else Chinese. */
    private static Locale negotiate(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(language)) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    /** The same choice from a raw Accept-Language header, for answers given outside JAX-RS. */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        try {
            return negotiate(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList());
        } catch (IllegalArgumentException e) {
            return CHINESE;
        }
    }

    public static String title(ProblemCode code, Locale locale) {
        return text(code.name() + ".title", locale);
    }

    public static String detail(ProblemCode code, Locale locale, Object... args) {
        String pattern = text(code.name() + ".detail", locale);
        // Texts are written with plain apostrophes ("doctor's"); MessageFormat would read them as quotes.
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /** Any other text of the bundle, e.g. the name of a resource kind in a not-found detail. */
    public static String text(String key, Locale locale) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A text of the bundle with its arguments filled in. */
    public static String text(String key, Locale locale, Object... args) {
        String pattern = text(key, locale);
        return args.length == 0 || pattern.equals(key) ? pattern
                : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    private static ResourceBundle bundle(Locale locale) {
        // ResourceBundle's own cache is a lookup by name, loader and locale chain on every call: each
        // problem answer asks twice (title and detail), so the two bundles are kept here.
        return BUNDLES.computeIfAbsent(locale, Messages::load);
    }

    private static ResourceBundle load(Locale locale) {
        // NoFallback: an English request must never drift to the JVM's default locale.
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
