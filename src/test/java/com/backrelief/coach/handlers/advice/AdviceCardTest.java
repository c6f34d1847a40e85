package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.domain.advice.Advice;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.advice.PackUse;
import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.handlers.safety.AlertScreens;
import com.backrelief.coach.handlers.safety.SafetyReplies;
import com.backrelief.coach.screen.Card;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heat-or-ice card for each use and the emergency card for each locale: within the card limits, in the
 * content's wording (how long, how often, the skin-safety rules; the number and the words said), and
 * nothing about the person's own situation.
 */
class AdviceCardTest {

    private static final HeatIceGuide GUIDE = TestSkill.HEAT_ICE;

    @Test
    void eachUseOfHeatOrColdHasACardWithHowLongHowOftenAndTheSkinRules() {
        for (PackUse use : PackUse.values()) {
            Card card = AdviceScreens.card(GUIDE, new Advice(null, null, use, "R0", "rationale.R5", false, false));

            assertThat(card.title()).isEqualTo(GUIDE.screenTitle(use) + ": how to use it");
            assertThat(card.content()).startsWith(GUIDE.screenDose(use) + ".\n" + GUIDE.howOften(use))
                    .contains("Keep your skin safe:");
            GUIDE.screenRules(use).forEach(rule -> assertThat(card.content()).contains("- " + rule));
            assertThat(card.content()).doesNotContain(GUIDE.rationale("R5", 0));
            assertThat(card.title().length() + card.content().length()).isLessThanOrEqualTo(Card.MAX_CHARACTERS);
        }
    }

    @Test
    void theEmergencyCardCarriesTheNumberAndTheWordsSaidInEveryLocale() {
        List<LocalHelp> helps = new ArrayList<>(TestSkill.CONTENT.numbers().known().values());
        helps.add(TestSkill.CONTENT.numbers().forLocale("en-NZ"));
        for (LocalHelp help : helps) {
            String said = SafetyReplies.emergency(help).toText();
            Card card = AlertScreens.emergencyCard(help, SafetyReplies.emergency(help));

            assertThat(card.title()).isEqualTo(help.emergency().map(n -> "Call " + n + " now")
                    .orElse("Call your local emergency number"));
            // The words said, with a number said in words ("triple zero") also shown in figures.
            String written = help.spokenEmergency().map(words -> said.replace(words,
                    words + " (" + help.emergency().orElseThrow() + ")")).orElse(said);
            assertThat(card.content().replace('\n', ' ')).isEqualTo(written);
            assertThat(card.content()).contains(help.emergency().orElse("your local emergency number"));
        }
    }
}
