package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.domain.advice.Advice;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.handlers.screen.Touch;
import com.backrelief.coach.screen.Card;
import com.backrelief.coach.screen.Screen;

/**
 * What the screen shows with heat-or-ice advice: the choice, how long and how often, skin safety, a timer;
 * and the card for the Alexa app, to read again later.
 */
final class AdviceScreens {

    private AdviceScreens() {
    }

    /** The card for the Alexa app: heat or cold, how long, how often, and the skin-safety rules. */
    static Card card(HeatIceGuide guide, Advice advice) {
        return Card.titled(guide.screenTitle(advice.use()) + ": how to use it")
                .line(guide.screenDose(advice.use()) + ".")
                .line(guide.howOften(advice.use()))
                .gap()
                .line("Keep your skin safe:")
                .items(guide.screenRules(advice.use()))
                .build();
    }

    static Screen advice(HeatIceGuide guide, Advice advice) {
        return Screen.of(Screen.Layout.ADVICE, guide.screenTitle(advice.use()))
                .dose(guide.screenDose(advice.use()))
                .subtitle(guide.howOften(advice.use()))
                .notes(guide.screenRules(advice.use()))
                .button(guide.timerButton(), Touch.TIMER);
    }
}
