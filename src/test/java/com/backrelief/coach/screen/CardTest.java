package com.backrelief.coach.screen;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardTest {

    @Test
    void readsAsShortLinesWithListItemsAndOneGapBetweenParts() {
        Card card = Card.titled("Cold: how to use it").line("15 to 20 minutes.").gap().gap().line("  ")
                .line("Keep your skin safe:").items(List.of("A damp cloth", " ", "Check your skin")).gap().build();

        assertThat(card.content()).isEqualTo("15 to 20 minutes.\n\nKeep your skin safe:\n- A damp cloth\n- Check your skin");
    }

    @Test
    void putsEachSentenceOnItsOwnLine() {
        Card card = Card.titled("Call 911 now").sentences("Please call 911 now. Don't wait! Can I help? Yes").build();

        assertThat(card.content()).isEqualTo("Please call 911 now.\nDon't wait!\nCan I help?\nYes");
    }

    @Test
    void staysFarInsideAlexasLimitAndNeedsATitleAndText() {
        assertThat(Card.MAX_TITLE + Card.MAX_CONTENT).isLessThan(Card.MAX_CHARACTERS);
        assertThatThrownBy(() -> Card.titled("x".repeat(Card.MAX_TITLE + 1)).line("a").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Card.titled("Title").line("a".repeat(Card.MAX_CONTENT + 1)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Card.titled(" ").line("a").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Card.titled("Two\nlines").line("a").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Card.titled("Title").gap().build()).isInstanceOf(IllegalArgumentException.class);
    }
}
