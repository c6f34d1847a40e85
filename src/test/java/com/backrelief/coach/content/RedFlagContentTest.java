package com.backrelief.coach.content;

import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.domain.safety.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The red flags as loaded from content: the fact sheet's section 3, and the numbers of each locale. */
class RedFlagContentTest {

    private final RedFlagScreen screen = ContentLoader.redFlagScreen();
    private final EmergencyNumbers numbers = ContentLoader.emergencyNumbers();

    @Test
    void hasEverySymptomOfTheFactSheetInItsOrder() {
        assertThat(screen.flags()).extracting(RedFlag::id).containsExactly(
                "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "EP", "P1", "P2", "P3", "P4", "P5", "P6",
                "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "U10", "U11", "U12", "U13", "U14", "U15",
                "Y1", "S1", "S2", "S3", "S4", "S5", "S6", "S7");
    }

    @Test
    void eachIdCarriesTheLetterOfItsTier() {
        for (RedFlag flag : screen.flags()) {
            Tier expected = switch (flag.id().charAt(0)) {
                case 'E' -> Tier.EMERGENCY;
                case 'P' -> Tier.MATERNITY;
                case 'U' -> Tier.URGENT;
                default -> Tier.SOON;
            };
            assertThat(flag.tier()).as(flag.id()).isEqualTo(expected);
            assertThat(flag.summary()).as(flag.id()).isNotBlank();
        }
    }

    @Test
    void everySymptomButTheAgeOneHasTheSheetsOwnPhrasings() {
        assertThat(screen.flags()).filteredOn(flag -> !flag.id().equals("S4"))
                .allSatisfy(flag -> assertThat(flag.phrasings()).as(flag.id()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I can't feel my legs                     | E4 | EMERGENCY",
            "I wet myself                             | E3 | EMERGENCY",
            "my bottom is numb                        | E1 | EMERGENCY",
            "I fell off a ladder and now my back hurts | E6 | EMERGENCY",
            "my chest hurts too                       | E7 | EMERGENCY",
            "I have a fever                           | U1 | URGENT",
            "between my shoulder blades               | U6 | URGENT",
            "it's been months                         | S5 | SOON",
            "that hurt a lot                          | S7 | SOON",
    })
    void theIssuesExamplesAreRecognised(String words, String id, Tier tier) {
        RedFlag flag = screen.recognise(words).orElseThrow();
        assertThat(flag.id()).isEqualTo(id);
        assertThat(flag.tier()).isEqualTo(tier);
    }

    @ParameterizedTest
    @CsvSource({"my upper back hurts", "i've got sciatica", "no fever", "i don't have any numbness", "that hurts",
            "sharp pain", "it's shooting down my leg"})
    void plainBackPainDenialsAndExercisePainAreNoRedFlag(String words) {
        assertThat(screen.recognise(words)).isEmpty();
    }

    @Test
    void denialsAndExercisePainArePresent() {
        assertThat(screen.denials()).extracting(d -> d.phrase()).contains("i don't have any numbness", "no fever");
        assertThat(screen.exercisePain()).contains("that hurts", "sharp pain", "it's shooting down my leg");
        assertThat(screen.deniedNames()).containsKeys("E1", "E7", "U1");
    }

    @ParameterizedTest
    @CsvSource({"en-US, 911", "en-CA, 911", "en-GB, 999", "en-AU, 000", "en-IN, 112"})
    void eachPublishedLocaleHasItsEmergencyNumber(String locale, String number) {
        assertThat(numbers.forLocale(locale).emergency()).contains(number);
    }

    @Test
    void theUkSendsSameDayChecksTo111AndNoOtherLocaleNamesASameDayNumber() {
        assertThat(numbers.forLocale("en-GB").sameDayCall()).contains("111");
        assertThat(numbers.forLocale("en-GB").emergencyPlace()).isEqualTo("A and E");
        for (String locale : List.of("en-US", "en-CA", "en-AU", "en-IN", "fr-FR")) {
            assertThat(numbers.forLocale(locale).sameDayCall()).as(locale).isEmpty();
        }
    }

    @Test
    void theFivePublishedLocalesAreKnown() {
        assertThat(numbers.known()).containsOnlyKeys("en-US", "en-CA", "en-GB", "en-AU", "en-IN");
    }
}
