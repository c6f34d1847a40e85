package com.backrelief.coach.domain.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmergencyNumbersTest {

    private static final LocalHelp US = new LocalHelp("911", "the emergency room", null, "call your doctor", "your doctor");
    private static final LocalHelp GB = new LocalHelp("999", "A and E", "111", "ask your GP surgery", "your GP");
    private static final LocalHelp ELSEWHERE = new LocalHelp(null, "the nearest emergency room", null, "see a doctor",
            "a doctor");

    private final EmergencyNumbers numbers = new EmergencyNumbers(Map.of("en-US", US, "en-GB", GB), ELSEWHERE);

    @ParameterizedTest
    @CsvSource({"en-US, 911", "en-GB, 999", "en_GB, 999", "EN-gb, 999", "' en-US ', 911"})
    void aKnownLocaleGetsItsNumber(String locale, String number) {
        assertThat(numbers.forLocale(locale).emergency()).contains(number);
    }

    @ParameterizedTest
    @CsvSource({"fr-FR", "en-NZ", "en", "''", "de-DE"})
    void anyOtherLocaleGetsNoNumberAtAll(String locale) {
        assertThat(numbers.forLocale(locale)).isSameAs(ELSEWHERE);
        assertThat(numbers.forLocale(locale).emergency()).isEmpty();
    }

    @Test
    void noLocaleGetsNoNumber() {
        assertThat(numbers.forLocale(null).emergency()).isEmpty();
    }

    @Test
    void theWordingForOtherLocalesMayNotNameANumber() {
        assertThatThrownBy(() -> new EmergencyNumbers(Map.of(), US)).hasMessageContaining("must not name a number");
        assertThatThrownBy(() -> new EmergencyNumbers(Map.of(), GB)).hasMessageContaining("must not name a number");
    }

    @Test
    void aKnownLocaleMustHaveANumber() {
        assertThatThrownBy(() -> new EmergencyNumbers(Map.of("en-AU", ELSEWHERE), ELSEWHERE))
                .hasMessageContaining("en-AU");
    }

    @ParameterizedTest
    @CsvSource({"nine one one", "9-1-1", "1"})
    void aNumberIsDigitsOnly(String number) {
        assertThatThrownBy(() -> new LocalHelp(number, "A and E", null, "x", "y")).isInstanceOf(IllegalArgumentException.class);
    }
}
