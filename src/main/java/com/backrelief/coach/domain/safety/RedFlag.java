package com.backrelief.coach.domain.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One symptom that, with back pain, needs a professional (fact sheet, section 3).
 *
 * @param id        the sheet's id, such as E1 or U4
 * @param tier      how soon help is needed
 * @param summary   what the symptom is, in plain words (never spoken as a diagnosis)
 * @param phrasings the sheet's own ways people say it, verbatim
 * @param variants  further ways to say it, written by us in the same sense
 * @param help      for an emergency, how to get help (fact sheet, section 5)
 * @param say       the flag's own advice, where its tier's usual words don't fit (under 16), or null
 * @param holdsExercise whether no routine or harder exercise may start once it is said, even when asked for
 * @param emergencyIf for a same-day flag that neighbours emergency signs, the words that name them ("If it spreads to
 *                    your chest, arm or jaw, or you're short of breath,"), said after the same-day advice with the
 *                    number to call, or null
 */
public record RedFlag(String id, Tier tier, String summary, List<String> phrasings, List<String> variants, Help help,
                      String say, boolean holdsExercise, String emergencyIf) {

    /**
     * How to get help in an emergency: call or be taken to the emergency department (cauda equina signs), or
     * call only, as these are ambulance situations, and after a serious fall or crash stay still too.
     */
    public enum Help { CALL_OR_GO, CALL_ONLY, CALL_AND_STAY_STILL }

    public RedFlag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tier, "tier");
        phrasings = List.copyOf(phrasings);
        variants = List.copyOf(variants);
        help = help == null ? Help.CALL_OR_GO : help;
    }

    public RedFlag(String id, Tier tier, String summary, List<String> phrasings, List<String> variants) {
        this(id, tier, summary, phrasings, variants, Help.CALL_OR_GO, null, false, null);
    }

    public RedFlag(String id, Tier tier, String summary, List<String> phrasings, List<String> variants, Help help) {
        this(id, tier, summary, phrasings, variants, help, null, false, null);
    }

    /** The flag's own advice, where it has one. */
    public java.util.Optional<String> ownAdvice() {
        return java.util.Optional.ofNullable(say);
    }

    /** The emergency signs this flag neighbours, where it names them. */
    public java.util.Optional<String> emergencySigns() {
        return java.util.Optional.ofNullable(emergencyIf);
    }

    /** Every way of saying it: the sheet's phrasings, then the variants. */
    public List<String> sayings() {
        List<String> all = new ArrayList<>(phrasings);
        all.addAll(variants);
        return all;
    }
}
