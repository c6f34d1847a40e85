package com.backrelief.coach.screen;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenTest {

    @Test
    void wordsThatWouldBeMarkupOnAScreenAreShownAsTheyWere() {
        Screen screen = Screen.of(Screen.Layout.MESSAGE, "<b>Heat</b> & ice").subtitle("a < b > c")
                .lines(List.of("<br>")).button("<i>Yes</i>", "yes");
        Map<String, Object> data = screen.data();
        assertThat(data.get("title")).isEqualTo("&lt;b&gt;Heat&lt;/b&gt; &amp; ice");
        assertThat(data.get("subtitle")).isEqualTo("a &lt; b &gt; c");
        assertThat(data.get("lines")).isEqualTo(List.of("&lt;br&gt;"));
        assertThat(data.get("buttons")).isEqualTo(List.of(Map.of("label", "&lt;i&gt;Yes&lt;/i&gt;", "action", "yes")));
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(Screen.escape("one\u0000two\u0007")).isEqualTo("onetwo");
    }

    @Test
    void aShortNumberIsShownAsANumberAndWordsAsWords() {
        assertThat(Screen.of(Screen.Layout.ALERT, "911").data().get("titleIsNumber")).isEqualTo(true);
        assertThat(Screen.of(Screen.Layout.ALERT, "1800 022 222").data().get("titleIsNumber")).isEqualTo(false);
        assertThat(Screen.of(Screen.Layout.ALERT, "Call your local emergency number").data().get("titleIsNumber"))
                .isEqualTo(false);
    }

    @Test
    void aScreenSaysWhetherItShowsADrawing() {
        assertThat(Screen.of(Screen.Layout.STEP, "Cat cow").drawing("cat-cow").data().get("hasDrawing")).isEqualTo(true);
        assertThat(Screen.of(Screen.Layout.MESSAGE, "Back Relief Coach").data().get("hasDrawing")).isEqualTo(false);
    }

    @Test
    void aHeadingStartsWithACapital() {
        assertThat(Screen.heading("child's pose")).isEqualTo("Child's pose");
        assertThat(Screen.heading("")).isEmpty();
    }
}
