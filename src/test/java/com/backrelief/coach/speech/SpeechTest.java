package com.backrelief.coach.speech;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpeechTest {

    @Test
    void escapesCharactersThatWouldBreakSsml() {
        Speech speech = Speech.of("Heat & ice <b>\"now\"</b>");

        assertThat(speech.toSsml()).isEqualTo("Heat &amp; ice &lt;b&gt;&quot;now&quot;&lt;/b&gt;");
    }

    @Test
    void chainsPausesLongerThanTenSeconds() {
        Speech speech = Speech.of("Hold.").pause(Duration.ofSeconds(25)).then("Release.");

        assertThat(speech.toSsml()).isEqualTo(
                "Hold. <break time=\"10000ms\"/> <break time=\"10000ms\"/> <break time=\"5000ms\"/> Release.");
        assertThat(speech.totalPause()).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void plainTextShowsPausesInSeconds() {
        Speech speech = Speech.of("Breathe in.").pauseSeconds(3).pauseSeconds(1).then("Out.").pauseSeconds(0.5);

        assertThat(speech.toPlainText()).isEqualTo("Breathe in. [pause 4s] Out. [pause 0.5s]");
    }

    @Test
    void blankTextAndZeroPausesAddNothing() {
        assertThat(Speech.of("  ").then("").pause(Duration.ZERO).isEmpty()).isTrue();
        assertThat(Speech.of("Hi").then(Speech.empty())).isEqualTo(Speech.of("Hi"));
    }

    @Test
    void dropsControlCharacters() {
        assertThat(Speech.of("a\u0000b\u0007c").toSsml()).isEqualTo("abc");
    }

    @Test
    void knowsItsLastWords() {
        assertThat(Speech.of("Ready?").pauseSeconds(1).lastText()).isEqualTo("Ready?");
    }

    @Test
    void readsANumberDigitByDigit() {
        Speech speech = Speech.of("Please call").thenDigits("999").then("now.");

        assertThat(speech.toSsml()).isEqualTo("Please call <say-as interpret-as=\"digits\">999</say-as> now.");
        assertThat(speech.toPlainText()).isEqualTo("Please call 999 now.");
    }

    @Test
    void acceptsOnlyDigitsAsANumber() {
        assertThatThrownBy(() -> Speech.of("Call").thenDigits("9<1>1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void playsASoundFromTheSoundLibrary() {
        Speech speech = Speech.of("Hold.").thenSound("soundbank://soundlibrary/bell/chimes/chimes_03").pauseSeconds(5);

        assertThat(speech.toSsml()).isEqualTo(
                "Hold. <audio src=\"soundbank://soundlibrary/bell/chimes/chimes_03\"/> <break time=\"5000ms\"/>");
        assertThat(speech.toPlainText()).isEqualTo("Hold. [sound: chimes_03] [pause 5s]");
        assertThat(speech.toText()).isEqualTo("Hold.");
        assertThat(speech.soundCount()).isEqualTo(1);
    }

    @Test
    void refusesASoundThatIsNotAnAddressAlexaPlays() {
        for (String bad : new String[] {"soundbank://soundlibrary/x\"/><break time=\"99s", "http://example.com/a.mp3",
                "https://example.com/a.mp3\" onload=\"", "soundbank://other/a", "", "chimes_03"}) {
            assertThatThrownBy(() -> Speech.of("Hold.").thenSound(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Speech.empty().thenSound(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Speech.empty().thenSound("https://example.com/cues/start.mp3").toSsml())
                .isEqualTo("<audio src=\"https://example.com/cues/start.mp3\"/>");
    }

    @Test
    void leavesItsSoundsOutWhenAskedKeepingWordsAndPauses() {
        Speech speech = Speech.of("Hold.").thenSound("soundbank://soundlibrary/bell/chimes/chimes_03").pauseSeconds(5)
                .then("Halfway.").pauseSeconds(5).thenSound("soundbank://soundlibrary/bell/chimes/chimes_04").then("Lower.");

        assertThat(speech.withoutSounds().toPlainText()).isEqualTo("Hold. [pause 5s] Halfway. [pause 5s] Lower.");
        assertThat(speech.withoutSounds().soundCount()).isZero();
        assertThat(Speech.of("a").pauseSeconds(2).thenSound("soundbank://soundlibrary/a").pauseSeconds(3)
                .withoutSounds().toPlainText()).isEqualTo("a [pause 5s]");
    }

    @Test
    void saysWordsQuietlyWhenAsked() {
        Speech speech = Speech.empty().pauseSeconds(10).thenSoftly("Half & way.").pauseSeconds(10);

        assertThat(speech.toSsml()).isEqualTo(
                "<break time=\"10000ms\"/> <prosody volume=\"soft\">Half &amp; way.</prosody> <break time=\"10000ms\"/>");
        assertThat(speech.toPlainText()).isEqualTo("[pause 10s] Half & way. [pause 10s]");
        assertThat(speech.toText()).isEqualTo("Half & way.");
        assertThat(Speech.of("a").thenSoftly(" ")).isEqualTo(Speech.of("a"));
    }
}
