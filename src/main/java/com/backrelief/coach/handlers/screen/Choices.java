package com.backrelief.coach.handlers.screen;

import com.backrelief.coach.screen.Screen;

/** The screens that offer a choice: what the skill can do, and yes or no to a question. */
public final class Choices {

    private Choices() {
    }

    /** The three things the skill does, each a button. */
    public static Screen welcome(String title, String subtitle) {
        return withTheThreeThings(Screen.of(Screen.Layout.WELCOME, title).subtitle(subtitle));
    }

    /** The welcome with an offer ("Pick up at the glute bridge?"): yes and no to it, then the three things. */
    public static Screen welcomeWithOffer(String title, String offer) {
        return withTheThreeThings(Screen.of(Screen.Layout.WELCOME, title).subtitle(offer)
                .button("Yes", Touch.YES).button("No", Touch.NO));
    }

    /** A yes-or-no question, with a button for each answer. */
    public static Screen yesOrNo(Screen.Layout layout, String title, String question) {
        return Screen.of(layout, title).subtitle(question).button("Yes", Touch.YES).button("No", Touch.NO);
    }

    private static Screen withTheThreeThings(Screen screen) {
        return screen.button("Heat or ice?", Touch.HEAT_OR_ICE)
                .button("Explain a stretch", Touch.STRETCHES)
                .button("Follow a routine", Touch.ROUTINE);
    }
}
