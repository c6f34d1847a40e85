package com.backrelief.coach.domain.advice;

/** How long and how often to use the pack, and what the timer announces (fact sheet 1.4 and 1.6). */
public enum PackUse {
    /** 15 to 20 minutes, a few times a day, skin back to normal in between. */
    HEAT,
    /** 15 to 20 minutes, never over 20, at least half an hour between rounds. */
    COLD,
    /** As {@link #COLD}, every two to three hours while awake for the first two to three days. */
    COLD_FRESH_STRAIN,
    /** Either one: 15 to 20 minutes, at least half an hour between rounds. */
    EITHER;

    public static PackUse of(Pack pack, boolean freshStrain) {
        if (pack == null) {
            return EITHER;
        }
        if (pack == Pack.HEAT) {
            return HEAT;
        }
        return freshStrain ? COLD_FRESH_STRAIN : COLD;
    }
}
