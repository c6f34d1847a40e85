package com.backrelief.coach.devtools;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Alexa's SSML becomes SSML espeak-ng speaks with the same pauses. */
class EspeakSsmlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // a run of chained breaks (Alexa caps each at ten seconds) becomes one, as espeak-ng honours one
            "`<speak>Hold. <break time=\"10000ms\"/> <break time=\"5000ms\"/> Relax.</speak>` | `<speak>Hold. <break time=\"15000ms\"/> Relax.</speak>`",
            "`<speak>A <break time=\"1.5s\"/><break time='500ms'/>B</speak>`                  | `<speak>A <break time=\"2000ms\"/> B</speak>`",
            "`<speak>One <break time=\"3000ms\"/> two <break time=\"2s\"/> three</speak>`    | `<speak>One <break time=\"3000ms\"/> two <break time=\"2000ms\"/> three</speak>`",
            // a fragment without <speak> is wrapped; escaped text stays escaped
            "`Heat &amp; ice &lt;gently&gt;`                                                 | `<speak>Heat &amp; ice &lt;gently&gt;</speak>`",
            // tags espeak-ng does not know are dropped, their words kept; audio goes; sub says its alias
            "`<speak><amazon:effect name=\"whispered\">Breathe</amazon:effect> out</speak>`  | `<speak>Breathe out</speak>`",
            "`<speak><lang xml:lang=\"fr-FR\">Bonjour</lang></speak>`                          | `<speak>Bonjour</speak>`",
            "`<speak>Ding <audio src=\"soundbank://x\"/> done</speak>`                        | `<speak>Ding done</speak>`",
            "`<speak><sub alias=\"child's pose\">Balasana</sub> now</speak>`                  | `<speak>child's pose now</speak>`",
            // what espeak-ng knows is kept
            "`<speak><p><s>Slowly</s></p> <emphasis level=\"strong\">stop</emphasis></speak>` | `<speak><p><s>Slowly</s></p> <emphasis level=\"strong\">stop</emphasis></speak>`",
            "`<speak>A <break strength=\"strong\"/> B</speak>`                               | `<speak>A <break strength=\"strong\"/> B</speak>`",
    })
    void alexaSsmlBecomesSsmlEspeakSpeaksTheSameWay(String alexa, String espeak) {
        assertThat(EspeakSsml.from(alexa)).isEqualTo(espeak);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`<speak>no pause</speak>`                                          | 0",
            "`<break time=\"10000ms\"/><break time=\"5000ms\"/>`                | 15000",
            "`a <break time=\"1.5s\"/> b <break time=\"250ms\"/> <break/>`      | 1750",
    })
    void thePausesAreAddedUp(String ssml, long millis) {
        assertThat(EspeakSsml.pauseMillis(ssml)).isEqualTo(millis);
    }
}
