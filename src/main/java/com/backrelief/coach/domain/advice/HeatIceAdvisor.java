package com.backrelief.coach.domain.advice;

import com.backrelief.coach.domain.advice.Symptoms.Area;
import com.backrelief.coach.domain.advice.Symptoms.Disc;
import com.backrelief.coach.domain.advice.Symptoms.Feel;
import com.backrelief.coach.domain.advice.Symptoms.Injury;
import com.backrelief.coach.domain.advice.Symptoms.Leg;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Heat or ice: the fact sheet's decision rules (section 1.3) as an ordered list of small named
 * rules, the first that applies wins. Anything not known yet satisfies no condition, except that
 * swelling nobody mentioned counts as none.
 */
public final class HeatIceAdvisor {

    static final Duration THREE_DAYS = Duration.ofHours(72);
    static final Duration TWELVE_WEEKS = Duration.ofDays(84);

    /** One rule of the table: when it applies, and the advice it gives. */
    record Rule(String id, Predicate<Symptoms> applies, Function<Symptoms, Advice> advice) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("R0", HeatIceAdvisor::redFlag, s -> urgent("R0")),
            new Rule("R1", s -> s.injury() == Injury.MAJOR, s -> urgent("R1")),
            new Rule("R2", s -> s.heatUnsafe() && s.coldUnsafe(), s -> neither("R2", "R2", s)),
            new Rule("R3", Symptoms::heatUnsafe, s -> pack(Recommendation.COLD, Pack.COLD, "R3", s)),
            new Rule("R4", Symptoms::coldUnsafe, HeatIceAdvisor::coldUnsafe),
            new Rule("R5", HeatIceAdvisor::freshStrainWithSwelling, s -> pack(Recommendation.COLD, Pack.COLD, "R5", s)),
            new Rule("R6", HeatIceAdvisor::freshStrainWithoutSwelling, s -> pack(Recommendation.COLD, Pack.COLD, "R6", s)),
            new Rule("R7", s -> s.helped() && s.preference() != null, s -> pack(recommend(s.preference()), s.preference(), "R7", s)),
            new Rule("R8", s -> s.leg() == Leg.ONE, s -> either("R8", Pack.HEAT, s)),
            new Rule("R9", s -> s.disc() == Disc.RECENT, s -> either("R9", Pack.COLD, s)),
            new Rule("R10", s -> s.injury() == Injury.NONE && s.onset() != null && !s.lastedAtLeast(TWELVE_WEEKS),
                    s -> pack(Recommendation.HEAT, Pack.HEAT, "R10", s)),
            new Rule("R11", s -> s.feel() == Feel.TIGHT && !freshSwelling(s), s -> pack(Recommendation.HEAT, Pack.HEAT, "R11", s)),
            new Rule("R12", s -> s.lastedAtLeast(TWELVE_WEEKS), s -> either("R12", null, s)),
            new Rule("R13", s -> s.area() == Area.UPPER, s -> pack(Recommendation.HEAT, Pack.HEAT, "R13", s)),
            new Rule("R99", s -> true, s -> pack(Recommendation.HEAT, Pack.HEAT, "R99", s)));

    /** The advice for what is known so far. */
    public Advice advise(Symptoms symptoms) {
        for (Rule rule : RULES) {
            if (rule.applies().test(symptoms)) {
                return rule.advice().apply(symptoms);
            }
        }
        throw new IllegalStateException("R99 applies to everything");
    }

    /**
     * The questions, in asking order, whose answer could still change what the coach recommends.
     * Empty when the advice can be given now.
     */
    public List<Question> missing(Symptoms symptoms) {
        List<Question> unanswered = new ArrayList<>();
        for (Question question : Question.values()) {
            if (!question.isAnswered(symptoms)) {
                unanswered.add(question);
            }
        }
        List<Question> needed = new ArrayList<>();
        for (Question question : unanswered) {
            List<Question> others = new ArrayList<>(unanswered);
            others.remove(question);
            if (matters(question, symptoms, others)) {
                needed.add(question);
            }
        }
        return needed;
    }

    /** The rule ids in the order they are tried. */
    public List<String> ruleIds() {
        return RULES.stream().map(Rule::id).toList();
    }

    private boolean matters(Question question, Symptoms symptoms, List<Question> others) {
        for (Symptoms possible : everyAnswer(symptoms, others)) {
            Set<Recommendation> outcomes = EnumSet.noneOf(Recommendation.class);
            for (UnaryOperator<Symptoms> answer : question.answers()) {
                outcomes.add(advise(answer.apply(possible)).recommendation());
            }
            if (outcomes.size() > 1) {
                return true;
            }
        }
        return false;
    }

    private static List<Symptoms> everyAnswer(Symptoms symptoms, List<Question> questions) {
        List<Symptoms> all = List.of(symptoms);
        for (Question question : questions) {
            List<Symptoms> next = new ArrayList<>();
            for (Symptoms one : all) {
                question.answers().forEach(answer -> next.add(answer.apply(one)));
            }
            all = next;
        }
        return all;
    }

    // "Both legs" is never R8: it is a red flag (fact sheet 1.3, note for R8).
    private static boolean redFlag(Symptoms s) {
        return s.redFlag() || s.leg() == Leg.BOTH;
    }

    private static boolean freshStrain(Symptoms s) {
        return s.injury() == Injury.MINOR && s.startedWithin(THREE_DAYS);
    }

    private static boolean freshStrainWithSwelling(Symptoms s) {
        return freshStrain(s) && s.hasSwelling();
    }

    private static boolean freshStrainWithoutSwelling(Symptoms s) {
        // R6: cold first, heat only once 72 hours have passed (NHS, fact sheet 1.3).
        return s.injury() == Injury.MINOR && !s.hasSwelling() && s.startedWithin(THREE_DAYS);
    }

    private static boolean freshSwelling(Symptoms s) {
        return s.hasSwelling() && s.startedWithin(THREE_DAYS);
    }

    // R4: warmth, unless a fresh strain with swelling rules heat out too (then neither).
    private static Advice coldUnsafe(Symptoms s) {
        return freshStrainWithSwelling(s) ? neither("R4", "R4-neither", s) : pack(Recommendation.HEAT, Pack.HEAT, "R4", s);
    }

    private static Recommendation recommend(Pack pack) {
        return pack == Pack.HEAT ? Recommendation.HEAT : Recommendation.COLD;
    }

    private static Advice urgent(String rule) {
        return new Advice(Recommendation.URGENT_CARE, null, null, rule, rule, false, false);
    }

    private static Advice neither(String rule, String rationale, Symptoms s) {
        return new Advice(Recommendation.NEITHER, null, null, rule, rationale, false, s.area() == Area.UPPER);
    }

    private static Advice pack(Recommendation recommendation, Pack pack, String rule, Symptoms s) {
        return new Advice(recommendation, pack, PackUse.of(pack, freshStrain(s)), rule, rule, false, s.area() == Area.UPPER);
    }

    /** Either one; the person's own preference first, otherwise the rule's usual starting point. */
    private static Advice either(String rule, Pack usual, Symptoms s) {
        Pack pack = s.preference() != null ? s.preference() : usual;
        return new Advice(Recommendation.EITHER, pack, PackUse.of(pack, freshStrain(s)), rule, rule,
                s.preference() != null, s.area() == Area.UPPER);
    }
}
