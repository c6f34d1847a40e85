package com.backrelief.coach.domain.safety;

import java.util.Locale;

/** How soon a red flag needs a professional, most pressing first (fact sheet, section 3). */
public enum Tier {
    /** Help now: the emergency number or the emergency room. */
    EMERGENCY,
    /** A pregnancy warning sign: the maternity unit or midwife now (fact sheet, section 3.4). */
    MATERNITY,
    /** A doctor today. */
    URGENT,
    /** An appointment in the next few days. */
    SOON;

    /** The tier as the content files name it: "emergency", "urgent" or "soon". */
    public static Tier named(String name) {
        for (Tier tier : values()) {
            if (tier.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return tier;
            }
        }
        throw new IllegalArgumentException("Unknown red-flag tier: " + name);
    }

    public String contentName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean moreUrgentThan(Tier other) {
        return ordinal() < other.ordinal();
    }
}
