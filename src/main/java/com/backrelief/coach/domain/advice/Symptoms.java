package com.backrelief.coach.domain.advice;

import java.time.Duration;

/**
 * What the person has told the coach about their back pain so far. A null component is not known
 * yet (not asked, or not answered); a false flag means "not reported".
 *
 * @param onset      how long ago the pain started
 * @param injury     how it started
 * @param swelling   swelling or bruising at the spot
 * @param feel       how the pain feels
 * @param leg        pain or tingling down the legs
 * @param disc       a known herniated disc, and how recent
 * @param area       where on the back
 * @param preference heat or cold, when the person leans to one
 * @param helped     true when the preferred one has helped before
 * @param heatUnsafe numb skin, diabetes or nerve damage, poor circulation, broken skin, drowsiness
 * @param coldUnsafe Raynaud's, hives from cold, numb skin, poor circulation, broken skin
 * @param redFlag    a red-flag symptom was reported (fact sheet, section 3)
 */
public record Symptoms(Duration onset, Injury injury, Boolean swelling, Feel feel, Leg leg, Disc disc, Area area,
                       Pack preference, boolean helped, boolean heatUnsafe, boolean coldUnsafe, boolean redFlag) {

    public enum Injury { NONE, MINOR, MAJOR }

    public enum Feel { TIGHT, SHARP }

    public enum Leg { NONE, ONE, BOTH }

    public enum Disc { NONE, RECENT, OLDER }

    public enum Area { LOWER, UPPER }

    /** Nothing known yet. */
    public static final Symptoms UNKNOWN =
            new Symptoms(null, null, null, null, null, null, null, null, false, false, false, false);

    public Symptoms withOnset(Duration value) {
        return new Symptoms(value, injury, swelling, feel, leg, disc, area, preference, helped, heatUnsafe, coldUnsafe, redFlag);
    }

    public Symptoms withInjury(Injury value) {
        return new Symptoms(onset, value, swelling, feel, leg, disc, area, preference, helped, heatUnsafe, coldUnsafe, redFlag);
    }

    public Symptoms withSwelling(Boolean value) {
        return new Symptoms(onset, injury, value, feel, leg, disc, area, preference, helped, heatUnsafe, coldUnsafe, redFlag);
    }

    public Symptoms withFeel(Feel value) {
        return new Symptoms(onset, injury, swelling, value, leg, disc, area, preference, helped, heatUnsafe, coldUnsafe, redFlag);
    }

    public Symptoms withLeg(Leg value) {
        return new Symptoms(onset, injury, swelling, feel, value, disc, area, preference, helped, heatUnsafe, coldUnsafe, redFlag);
    }

    public Symptoms withDisc(Disc value) {
        return new Symptoms(onset, injury, swelling, feel, leg, value, area, preference, helped, heatUnsafe, coldUnsafe, redFlag);
    }

    public Symptoms withArea(Area value) {
        return new Symptoms(onset, injury, swelling, feel, leg, disc, value, preference, helped, heatUnsafe, coldUnsafe, redFlag);
    }

    /** The one the person leans to; {@code helpedBefore} when it has worked for them before. */
    public Symptoms withPreference(Pack value, boolean helpedBefore) {
        return new Symptoms(onset, injury, swelling, feel, leg, disc, area, value, helpedBefore, heatUnsafe, coldUnsafe, redFlag);
    }

    public Symptoms withHeatUnsafe(boolean value) {
        return new Symptoms(onset, injury, swelling, feel, leg, disc, area, preference, helped, value, coldUnsafe, redFlag);
    }

    public Symptoms withColdUnsafe(boolean value) {
        return new Symptoms(onset, injury, swelling, feel, leg, disc, area, preference, helped, heatUnsafe, value, redFlag);
    }

    /** What a condition the person mentions means for the rules (fact sheet 1.2); an unknown id changes nothing. */
    public Symptoms withCondition(String id) {
        return switch (id == null ? "" : id) {
            case "herniated-disc" -> withDisc(Disc.OLDER);
            case "sciatica" -> withLeg(Leg.ONE);
            case "diabetes", "nerve-damage", "drowsy" -> withHeatUnsafe(true);
            case "raynauds", "cold-allergy" -> withColdUnsafe(true);
            case "numb-skin", "poor-circulation", "broken-skin" -> withHeatUnsafe(true).withColdUnsafe(true);
            default -> this;
        };
    }

    public Symptoms withRedFlag(boolean value) {
        return new Symptoms(onset, injury, swelling, feel, leg, disc, area, preference, helped, heatUnsafe, coldUnsafe, value);
    }

    /** This, updated with everything {@code newer} knows: its known values win, flags add up. */
    public Symptoms merge(Symptoms newer) {
        boolean newerPreference = newer.preference != null;
        return new Symptoms(
                newer.onset != null ? newer.onset : onset,
                newer.injury != null ? newer.injury : injury,
                newer.swelling != null ? newer.swelling : swelling,
                newer.feel != null ? newer.feel : feel,
                newer.leg != null ? newer.leg : leg,
                newer.disc != null ? newer.disc : disc,
                newer.area != null ? newer.area : area,
                newerPreference ? newer.preference : preference,
                newerPreference ? newer.helped : helped,
                heatUnsafe || newer.heatUnsafe,
                coldUnsafe || newer.coldUnsafe,
                redFlag || newer.redFlag);
    }

    /** True when the pain is known to have started no longer ago than {@code limit}. */
    public boolean startedWithin(Duration limit) {
        return onset != null && onset.compareTo(limit) <= 0;
    }

    /** True when the pain is known to have lasted at least {@code length}. */
    public boolean lastedAtLeast(Duration length) {
        return onset != null && onset.compareTo(length) >= 0;
    }

    /**
     * A herniated disc counts as recent when this pain started within about a week (fact sheet 1.2);
     * a disc mentioned before the onset is known stays {@link Disc#OLDER} until then.
     */
    public Symptoms withDiscDatedByOnset() {
        if (disc == null || disc == Disc.NONE || onset == null) {
            return this;
        }
        return withDisc(startedWithin(Duration.ofDays(7)) ? Disc.RECENT : Disc.OLDER);
    }

    /** What was said rules heat or cold out, or names the one that helped before: it decides the pack (R2 to R4, R7). */
    public boolean decidesThePack() {
        return heatUnsafe || coldUnsafe || helped;
    }

    public boolean hasSwelling() {
        return Boolean.TRUE.equals(swelling);
    }
}
