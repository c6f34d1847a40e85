package com.backrelief.coach;

import com.backrelief.coach.content.ContentLoader;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The skill manifest beside the voice model: what certification and the later features rely on. */
class SkillManifestTest {

    static final Path MANIFEST = Path.of("interaction-model/skill.json");
    private static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");

    static JsonNode manifest() throws IOException {
        return new ObjectMapper().readTree(MANIFEST.toFile()).path("manifest");
    }

    @ParameterizedTest
    @CsvSource({"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    void everyLocaleIsDescribedWithTheHealthDisclaimer(String locale) throws IOException {
        JsonNode info = manifest().path("publishingInformation").path("locales").path(locale);

        assertThat(info.path("name").asText()).isEqualTo("Back Relief Coach");
        assertThat(info.path("summary").asText()).isNotBlank().hasSizeLessThanOrEqualTo(160);
        assertThat(info.path("description").asText()).contains("not a substitute for professional medical advice");
        assertThat(info.path("keywords")).isNotEmpty();
        assertThat(info.path("examplePhrases")).isNotEmpty().allSatisfy(phrase ->
                assertThat(phrase.asText()).startsWith("Alexa, ").contains(invocationName()));
    }

    @ParameterizedTest
    @CsvSource({"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    void theDescriptionNamesTheLocalesOwnEmergencyNumber(String locale) throws IOException {
        EmergencyNumbers numbers = ContentLoader.emergencyNumbers();
        String description = manifest().path("publishingInformation").path("locales").path(locale)
                .path("description").asText();

        assertThat(description).contains("call " + numbers.forLocale(locale).emergency().orElseThrow() + " now");
    }

    @Test
    void isPublishedInTheFiveEnglishLocalesAsAHealthSkill() throws IOException {
        JsonNode publishing = manifest().path("publishingInformation");
        List<String> locales = new ArrayList<>();
        publishing.path("locales").fieldNames().forEachRemaining(locales::add);

        assertThat(locales).containsExactlyInAnyOrderElementsOf(LOCALES);
        // Exactly the locales that have a voice model: a published locale without one has no voice interface.
        assertThat(locales).containsExactlyInAnyOrderElementsOf(com.backrelief.coach.devtools.model.ModelGenerator.LOCALES);
        for (String locale : locales) {
            assertThat(java.nio.file.Files.exists(com.backrelief.coach.devtools.model.ModelGenerator.model(locale))).as(locale).isTrue();
        }
        assertThat(publishing.path("category").asText()).isEqualTo("HEALTH_AND_FITNESS");
        assertThat(publishing.path("isAvailableWorldwide").asBoolean(true)).isFalse();
        assertThat(publishing.path("distributionCountries")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("US", "GB", "CA", "AU", "IN");
    }

    @Test
    void declaresThePrivacyFieldsForEveryLocale() throws IOException {
        JsonNode privacy = manifest().path("privacyAndCompliance");

        assertThat(privacy.path("allowsPurchases").asBoolean(true)).isFalse();
        assertThat(privacy.path("usesPersonalInfo").asBoolean(true)).isFalse();
        assertThat(privacy.path("isChildDirected").asBoolean(true)).isFalse();
        assertThat(privacy.path("isExportCompliant").asBoolean(false)).isTrue();
        assertThat(privacy.path("containsAds").asBoolean(true)).isFalse();
        for (String locale : LOCALES) {
            assertThat(privacy.path("locales").path(locale).path("privacyPolicyUrl").asText()).as(locale)
                    .startsWith("https://");
            assertThat(privacy.path("locales").path(locale).path("termsOfUseUrl").asText()).as(locale)
                    .startsWith("https://");
        }
    }

    @Test
    void subscribesToSkillDisabledSoAPersonCanBeForgotten() throws IOException {
        JsonNode events = manifest().path("events");

        assertThat(events.path("subscriptions")).extracting(s -> s.path("eventName").asText()).contains("SKILL_DISABLED");
        assertThat(events.path("endpoint").path("uri").asText()).startsWith("arn:aws:lambda:");
    }

    @Test
    void asksForTimersAndRemindersAndForNothingPersonal() throws IOException {
        assertThat(manifest().path("permissions")).extracting(p -> p.path("name").asText())
                .containsExactlyInAnyOrder("alexa::alerts:timers:skill:readwrite", "alexa::alerts:reminders:skill:readwrite");
    }

    /** The reminder events keep the stored reminder token true (names as the Skill Management API's schema spells them). */
    @Test
    void subscribesToTheReminderEventsTheSkillHandles() throws IOException {
        assertThat(manifest().path("events").path("subscriptions")).extracting(s -> s.path("eventName").asText())
                .contains("REMINDER_CREATED", "REMINDER_UPDATED", "REMINDER_DELETED", "REMINDER_STATUS_CHANGED");
    }

    @Test
    void pointsTheCustomSkillAtALambdaArn() throws IOException {
        JsonNode custom = manifest().path("apis").path("custom");

        assertThat(custom.path("endpoint").path("uri").asText()).startsWith("arn:aws:lambda:");
        assertThat(custom.path("interfaces").isArray()).isTrue();
    }

    private static String invocationName() throws IOException {
        return new ObjectMapper().readTree(InteractionModelConsistencyTest.MODEL.toFile())
                .path("interactionModel").path("languageModel").path("invocationName").asText();
    }

    /** Certification says each example phrase must match a sample of the locale's model: the local matcher checks it. */
    @ParameterizedTest
    @CsvSource({"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    void everyExamplePhraseIsOneTheLocalesModelHearsExactly(String locale) throws IOException {
        com.backrelief.coach.devtools.UtteranceMatcher matcher = com.backrelief.coach.devtools.UtteranceMatcher.load(
                com.backrelief.coach.devtools.model.ModelGenerator.model(locale), "amzn1.ask.skill.example");
        for (JsonNode phrase : manifest().path("publishingInformation").path("locales").path(locale).path("examplePhrases")) {
            var opening = matcher.open(phrase.asText());
            assertThat(opening).as(phrase.asText()).isPresent();
            if (!opening.get().launch()) {
                var match = opening.get().oneShot();
                assertThat(match.heard().how()).as(locale + ": " + phrase.asText())
                        .isEqualTo(com.backrelief.coach.devtools.UtteranceMatcher.Heard.How.EXACT);
                assertThat(match.name()).as(phrase.asText()).isNotEqualTo("AMAZON.FallbackIntent");
            }
        }
    }
}
