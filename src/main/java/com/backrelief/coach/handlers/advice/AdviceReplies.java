package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.domain.advice.Advice;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.advice.PackUse;
import com.backrelief.coach.domain.advice.Question;
import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.handlers.safety.SafetyNet;
import com.backrelief.coach.speech.Speech;

/** Turns heat-and-ice advice, questions and follow-up answers into speech, in the guide's words. */
final class AdviceReplies {

    private static final String NUMBER = "{number}";

    private final HeatIceGuide guide;

    AdviceReplies(HeatIceGuide guide) {
        this.guide = guide;
    }

    /** The first question gets a short lead-in; later ones are asked plainly. */
    Speech question(Question question, boolean first) {
        Speech asked = Speech.of(guide.question(question));
        return first ? Speech.of(guide.questionIntro()).then(asked) : asked;
    }

    Speech questionOnly(Question question) {
        return Speech.of(guide.question(question));
    }

    String rationale(Advice advice, int turn) {
        return guide.rationale(advice.rationaleKey(), turn);
    }

    /** A serious injury (R1): checked in person now, and no heat or ice advice. */
    Speech urgentCare(Advice advice, LocalHelp help, int turn) {
        return Speech.of(rationale(advice, turn)).then(withNumber(guide.escalation("urgentCare"), help));
    }

    /**
     * Short enough to follow by ear (fact sheet section 5): the pick, the reason and how long first; the skin rules
     * in short the first time; the emergency signs in one line on the session's first answer; any guard. How often,
     * the rule's note and the full skin rules are offered ({@link #tips}).
     */
    Speech advice(Advice advice, LocalHelp help, int turn, boolean firstSafetyLine, boolean safetyNet) {
        Speech speech = Speech.of(guide.opener(advice.recommendation(), turn).orElse(null))
                .then(guide.rationale(advice.rationaleKey(), turn))
                .then(advice.followsPreference() ? guide.yourChoice(advice.pack()) : choiceNote(advice));
        if (advice.suggestsAPack()) {
            PackUse use = advice.use();
            speech = speech.then(guide.howLong(use)).then(firstSafetyLine ? guide.shortSafety(use) : null);
        } else {
            speech = speech.then(guide.note(advice.rule()).orElse(null));
        }
        if (advice.upperBack()) {
            // The upper-back guard is this answer's safety line: a doctor today, or the emergency number.
            return speech.then(withNumber(guide.upperBackGuard(), help));
        }
        return safetyNet ? speech.then(SafetyNet.line(help)) : speech;
    }

    /** A note that completes the pick itself (which to start with); other notes are among the tips. */
    private String choiceNote(Advice advice) {
        return "R8".equals(advice.rule()) || "R9".equals(advice.rule()) ? guide.note(advice.rule()).orElse(null) : null;
    }

    /** What the first answer left out: how often, the rule's note, and the full skin-safety rules. */
    Speech tips(PackUse use, String rule) {
        String note = "R8".equals(rule) || "R9".equals(rule) ? null : guide.note(rule).orElse(null);
        return Speech.of(guide.howOften(use)).then(note).then(guide.skinSafety(use));
    }

    Speech safetyOffer() {
        return Speech.of(guide.safetyOffer("offer"));
    }

    Speech safetyOfferReprompt() {
        return Speech.of(guide.safetyOffer("offerReprompt"));
    }

    Speech safetyDeclined() {
        return Speech.of(guide.safetyOffer("declined"));
    }

    Speech timerOffer() {
        return Speech.of(guide.timer("offer", 0));
    }

    Speech timerOfferReprompt() {
        return Speech.of(guide.timer("offerReprompt", 0));
    }

    /** A follow-up answer; "how often" fits the pack last advised when there was one. */
    Speech followUp(String topic, PackUse lastUse, String lastRule, LocalHelp help) {
        if ("how-often".equals(topic) && lastUse != null) {
            return Speech.of(guide.howOften(lastUse));
        }
        if ("evidence".equals(topic) && ("R5".equals(lastRule) || "R6".equals(lastRule))) {
            return Speech.of(guide.followUp("evidence-strain").orElseThrow());
        }
        return withNumber(guide.followUp(topic).orElse(guide.followUp("menu").orElseThrow()), help);
    }

    Speech thanks() {
        return Speech.of("Thanks.");
    }

    Speech sorryItHurts() {
        return Speech.of("I'm sorry it hurts.");
    }

    Speech notATopic() {
        return Speech.of("Sorry, I can't help with that.");
    }

    Speech followUpMenu() {
        return Speech.of(guide.followUp("menu").orElseThrow());
    }

    Speech followUpNext() {
        return Speech.of(guide.followUp("next").orElseThrow());
    }

    /** A line with the locale's emergency number read digit by digit, or "your local emergency number". */
    static Speech withNumber(String line, LocalHelp help) {
        int at = line.indexOf(NUMBER);
        if (at < 0) {
            return Speech.of(line);
        }
        Speech before = Speech.of(line.substring(0, at));
        Speech number = help.spokenEmergency().map(before::then)
                .orElseGet(() -> help.emergency().map(before::thenDigits).orElse(before.then("your local emergency number")));
        return number.then(line.substring(at + NUMBER.length()));
    }
}
