package com.backrelief.coach.domain.safety;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The emergency number and routes to care for each locale the skill is published in. */
public final class EmergencyNumbers {

    private final Map<String, LocalHelp> byLocale = new TreeMap<>();
    private final Map<String, LocalHelp> declared;
    private final LocalHelp elsewhere;

    /**
     * @param byLocale  help for each known locale ("en-GB"); each must name its emergency number
     * @param elsewhere help for any other locale; must name no number, as none can be known
     */
    public EmergencyNumbers(Map<String, LocalHelp> byLocale, LocalHelp elsewhere) {
        byLocale.forEach((locale, help) -> {
            if (help.emergency().isEmpty()) {
                throw new IllegalArgumentException("No emergency number for " + locale);
            }
            this.byLocale.put(key(locale), help);
        });
        if (elsewhere.emergency().isPresent() || elsewhere.sameDayCall().isPresent()) {
            throw new IllegalArgumentException("Help for an unknown locale must not name a number");
        }
        this.declared = Map.copyOf(byLocale);
        this.elsewhere = elsewhere;
    }

    /** Help for a request's locale ("en-US", "en_gb"); null or unknown gets the number-free wording. */
    public LocalHelp forLocale(String locale) {
        return locale == null ? elsewhere : byLocale.getOrDefault(key(locale), elsewhere);
    }

    /** The locales with a known emergency number, as the content names them. */
    public Map<String, LocalHelp> known() {
        return declared;
    }

    private static String key(String locale) {
        return locale.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
