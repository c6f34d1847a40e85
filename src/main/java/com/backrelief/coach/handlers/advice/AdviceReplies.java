package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.domain.advice.Advice;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.advice.PackUse;
import com.backrelief.coach.domain.advice.Question;
import com.backrelief.coach.speech.Speech;

import java.util.Map;

/** Turns heat-and-ice advice, questions and follow-up answers into speech, in the guide's words. */
final class AdviceReplies {

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

    /** Urgent care (R1) or the emergency script (R0): no heat or ice advice at all. */
    Speech urgent(Advice advice, String locale, int turn) {
        if ("R0".equals(advice.rule())) {
            return RedFlagEscalation.emergency(guide, locale, turn);
        }
        return Speech.of(guide.rationale(advice.rationaleKey(), turn))
                .then(withNumber(guide.escalation("urgentCare"), locale));
    }

    /** Recommendation, reason, how long and how often, skin safety the first time, and any guard. */
    Speech advice(Advice advice, String locale, int turn, boolean firstSafetyLine) {
        Speech speech = Speech.of(guide.opener(advice.recommendation(), turn))
                .then(guide.rationale(advice.rationaleKey(), turn))
                .then(advice.followsPreference() ? guide.yourChoice(advice.pack()) : guide.note(advice.rule()).orElse(null));
        if (advice.suggestsAPack()) {
            PackUse use = advice.use();
            speech = speech.then(guide.howLong(use)).then(guide.howOften(use))
                    .then(firstSafetyLine ? guide.skinSafety(use) : null);
        }
        return advice.upperBack() ? speech.then(withNumber(guide.upperBackGuard(), locale)) : speech;
    }

    Speech timerOffer() {
        return Speech.of(guide.timer("offer", 0));
    }

    Speech timerOfferReprompt() {
        return Speech.of(guide.timer("offerReprompt", 0));
    }

    /** A follow-up answer; "how often" fits the pack last advised when there was one. */
    Speech followUp(String topic, PackUse lastUse, String lastRule, String locale) {
        if ("how-often".equals(topic) && lastUse != null) {
            return Speech.of(guide.howOften(lastUse));
        }
        if ("evidence".equals(topic) && ("R5".equals(lastRule) || "R6".equals(lastRule))) {
            return Speech.of(guide.followUp("evidence-strain").orElseThrow());
        }
        return Speech.of(withNumber(guide.followUp(topic).orElse(guide.followUp("menu").orElseThrow()), locale));
    }

    Speech followUpMenu() {
        return Speech.of(guide.followUp("menu").orElseThrow());
    }

    Speech followUpNext() {
        return Speech.of(guide.followUp("next").orElseThrow());
    }

    private String withNumber(String line, String locale) {
        return HeatIceGuide.fill(line, Map.of("number", guide.emergencyNumber(locale)));
    }
}
