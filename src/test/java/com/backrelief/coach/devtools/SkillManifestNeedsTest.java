package com.backrelief.coach.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.backrelief.coach.support.ScreenDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifest declares exactly what the code relies on: every interface, permission and event subscription found
 * in src/main/java, and nothing the code does not use. A new use in the code fails here until the manifest has it.
 */
class SkillManifestNeedsTest {

    private static final SkillNeeds NEEDS = SkillNeeds.ofSources();

    private static JsonNode manifest() throws IOException {
        return new ObjectMapper().readTree(SkillPackage.SOURCE.resolve("skill.json").toFile()).path("manifest");
    }

    private static Set<String> values(JsonNode array, String field) {
        Set<String> values = new TreeSet<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    @Test
    void theInterfacesDeclaredAreTheOnesTheCodeUses() throws IOException {
        assertThat(values(manifest().at("/apis/custom/interfaces"), "type"))
                .isEqualTo(NEEDS.interfaces()).contains("ALEXA_PRESENTATION_APL");
    }

    @Test
    void thePermissionsDeclaredAreTheOnesTheCodeUses() throws IOException {
        assertThat(values(manifest().path("permissions"), "name")).isEqualTo(NEEDS.permissions());
    }

    @Test
    void theEventSubscriptionsAreTheEventsTheCodeHandles() throws IOException {
        assertThat(values(manifest().at("/events/subscriptions"), "eventName")).isEqualTo(NEEDS.events())
                .contains("SKILL_DISABLED");
    }

    /** What the manifest schema has no place for is switched on in the console, and docs/deploy.md says where. */
    @Test
    void whatOnlyTheConsoleSwitchesOnIsInTheDeploySteps() throws IOException {
        String deploy = Files.readString(Path.of("docs/deploy.md"));
        assertThat(NEEDS.console()).containsExactly("CanFulfillIntentRequest");
        NEEDS.console().forEach(need -> assertThat(deploy).contains(need));
        NEEDS.permissions().forEach(permission -> assertThat(deploy).contains(permission));
    }

    /** Each screen the APL documents are checked on falls in a declared viewport, and each declared viewport holds one. */
    @Test
    void theViewportsDeclaredAreTheScreensTheDocumentsAreCheckedOn() throws IOException {
        JsonNode viewports = manifest().at("/apis/custom/interfaces/0/supportedViewports");
        for (ScreenDevice device : ScreenDevice.values()) {
            assertThat(viewports).as(device.name()).anySatisfy(v -> assertThat(holds(v, device)).isTrue());
        }
        for (JsonNode viewport : viewports) {
            assertThat(ScreenDevice.values()).as(viewport.toString()).anySatisfy(d -> assertThat(holds(viewport, d)).isTrue());
        }
    }

    private static boolean holds(JsonNode viewport, ScreenDevice device) {
        return viewport.path("mode").asText().equals("HUB") && viewport.path("shape").asText().equals(device.shape)
                && device.width >= viewport.path("minWidth").asInt() && device.width <= viewport.path("maxWidth").asInt()
                && device.height >= viewport.path("minHeight").asInt() && device.height <= viewport.path("maxHeight").asInt();
    }

    /** The reading finds a new use, so the tests above would fail on it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "import com.amazon.ask.model.interfaces.audioplayer.PlayDirective;|interface|AUDIO_PLAYER",
            "String type = \"Alexa.Presentation.APL.ExecuteCommands\";|interface|ALEXA_PRESENTATION_APL",
            "import com.amazon.ask.model.interfaces.videoapp.LaunchDirective;|interface|VIDEO_APP",
            "static final String SCOPE = \"alexa::profile:email:read\";|permission|alexa::profile:email:read",
            "String path = \"/v1/alerts/timers\";|permission|alexa::alerts:timers:skill:readwrite",
            "if (request instanceof SkillEnabledRequest enabled) {}|event|SKILL_ENABLED",
            "if (type.equals(\"Reminders.ReminderStarted\")) {}|event|REMINDER_STARTED",
            "if (request instanceof CanFulfillIntentRequest) {}|console|CanFulfillIntentRequest"})
    void aNewUseInTheCodeIsANewNeed(String code, String kind, String need) {
        SkillNeeds found = SkillNeeds.of(code);
        Set<String> of = switch (kind) {
            case "interface" -> found.interfaces();
            case "permission" -> found.permissions();
            case "event" -> found.events();
            default -> found.console();
        };
        assertThat(of).containsExactly(need);
    }

    @Test
    void wordsInCommentsAreNoUse() {
        assertThat(SkillNeeds.of("/** Not AudioPlayer: com.amazon.ask.model.interfaces.audioplayer.PlayDirective */\n"
                + "// \"alexa::profile:email:read\"\nint x;")).isEqualTo(SkillNeeds.of(""));
    }
}
