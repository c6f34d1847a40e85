package com.backrelief.coach.devtools;

import com.backrelief.coach.devtools.model.ModelGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The ASK CLI project made from interaction-model/ is in step with it and works once deployed: the stack's endpoint
 * everywhere one goes, the operator's privacy policy and terms, the icons, no placeholder, and a manifest the Skill
 * Management API's schema accepts.
 */
class SkillPackageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ARN = "arn:aws:lambda:eu-west-1:123456789012:function:coach-CoachFunction-AbC123:live";
    static final SkillPackage.Inputs INPUTS = new SkillPackage.Inputs(ARN, "amzn1.ask.skill.11111111-2222-3333-4444-555555555555",
            "https://coach.your-domain.org/privacy", "https://coach.your-domain.org/terms");

    @Test
    void holdsTheManifestWithTheEndpointAndEveryLocalesModelAsTheSourceHasIt(@TempDir Path dir) throws IOException {
        SkillPackage.write(dir, INPUTS);

        JsonNode resources = JSON.readTree(dir.resolve("ask-resources.json").toFile());
        assertThat(resources.path("askcliResourcesVersion").asText()).isEqualTo("2020-03-31");
        assertThat(resources.at("/profiles/default/skillMetadata/src").asText()).isEqualTo("./skill-package");

        JsonNode manifest = JSON.readTree(dir.resolve("skill-package/skill.json").toFile());
        assertThat(manifest.at("/manifest/apis/custom/endpoint/uri").asText()).isEqualTo(ARN);
        assertThat(manifest.at("/manifest/events/endpoint/uri").asText()).as("skill events reach the function").isEqualTo(ARN);
        JsonNode source = JSON.readTree(Path.of("interaction-model/skill.json").toFile());
        assertThat(manifest.at("/manifest/apis/custom/interfaces")).isEqualTo(source.at("/manifest/apis/custom/interfaces"));
        assertThat(manifest.at("/manifest/publishingInformation/category")).isEqualTo(source.at("/manifest/publishingInformation/category"));

        assertThat(SkillPackage.locales(manifest)).containsExactlyInAnyOrderElementsOf(ModelGenerator.LOCALES);
        for (String locale : ModelGenerator.LOCALES) {
            assertThat(Files.readString(dir.resolve("skill-package/interactionModels/custom/" + locale + ".json")))
                    .as(locale).isEqualTo(Files.readString(ModelGenerator.model(locale)));
            assertThat(manifest.at("/manifest/privacyAndCompliance/locales/" + locale + "/privacyPolicyUrl").asText())
                    .isEqualTo(INPUTS.privacyPolicy());
            assertThat(manifest.at("/manifest/privacyAndCompliance/locales/" + locale + "/termsOfUseUrl").asText())
                    .isEqualTo(INPUTS.termsOfUse());
        }
    }

    @Test
    void everyLocaleShowsTheProjectsIconsWhichTravelWithThePackage(@TempDir Path dir) throws IOException {
        SkillPackage.write(dir, INPUTS);

        JsonNode manifest = JSON.readTree(dir.resolve("skill-package/skill.json").toFile());
        for (String locale : SkillPackage.locales(manifest)) {
            JsonNode info = manifest.at("/manifest/publishingInformation/locales/" + locale);
            for (String[] icon : new String[][] {{"smallIconUri", "108"}, {"largeIconUri", "512"}}) {
                String uri = info.path(icon[0]).asText();
                assertThat(uri).as(locale + " " + icon[0]).startsWith("file://");
                Path file = dir.resolve("skill-package").resolve(uri.substring("file://".length()));
                assertThat(ImageIO.read(file.toFile()).getWidth()).as(file.toString()).isEqualTo(Integer.parseInt(icon[1]));
            }
        }
    }

    @Test
    void everyEndpointTheManifestHasGetsTheArnRegionalOnesToo() throws IOException {
        var manifest = SkillPackage.manifest(INPUTS);
        var regions = ((com.fasterxml.jackson.databind.node.ObjectNode) manifest.path("manifest").path("apis").path("custom"))
                .putObject("regions");
        regions.putObject("EU").putObject("endpoint").put("uri", SkillPackage.PLACEHOLDER);
        ((com.fasterxml.jackson.databind.node.ObjectNode) manifest.path("manifest").path("events")).putObject("regions")
                .putObject("FE").putObject("endpoint").put("uri", SkillPackage.PLACEHOLDER);

        List<String> uris = new ArrayList<>();
        SkillPackage.endpoints(manifest, ARN);
        collectEndpoints(manifest, uris);

        assertThat(uris).hasSize(4).containsOnly(ARN);
    }

    @Test
    void aSkillIdIsKeptWhereTheAskCliLooksForIt(@TempDir Path dir) throws IOException {
        SkillPackage.write(dir, INPUTS);

        JsonNode states = JSON.readTree(dir.resolve(".ask/ask-states.json").toFile());
        assertThat(states.path("askcliStatesVersion").asText()).isEqualTo("2020-03-31");
        assertThat(states.at("/profiles/default/skillId").asText()).isEqualTo(INPUTS.skillId());
    }

    @Test
    void noPlaceholderIsLeftAnywhereInThePackage(@TempDir Path dir) throws IOException {
        SkillPackage.write(dir, INPUTS);

        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                assertThat(SkillPackage.PLACEHOLDERS.matcher(Files.readString(file)).find()).as(file.toString()).isFalse();
            }
        }
    }

    @Test
    void aPackageThatWouldKeepAPlaceholderIsNotWritten(@TempDir Path dir) {
        assertThatThrownBy(() -> SkillPackage.write(dir, new SkillPackage.Inputs(ARN, null, null, INPUTS.termsOfUse())))
                .hasMessageContaining("example.com");
        assertThatThrownBy(() -> SkillPackage.write(dir, new SkillPackage.Inputs(null, null, INPUTS.privacyPolicy(),
                INPUTS.termsOfUse()))).hasMessageContaining("000000000000");
        assertThatThrownBy(() -> SkillPackage.write(dir, new SkillPackage.Inputs(ARN,
                "amzn1.ask.skill.00000000-0000-0000-0000-000000000000", INPUTS.privacyPolicy(), INPUTS.termsOfUse())))
                .hasMessageContaining("placeholder");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void thePackageCommandNeedsEveryValueOnlyTheOperatorKnows() {
        assertThatThrownBy(() -> LocalOptions.parse("--skill-package", "out", "--endpoint-arn", "coach-live",
                "--privacy-url", INPUTS.privacyPolicy(), "--terms-url", INPUTS.termsOfUse()))
                .hasMessageContaining("--endpoint-arn needs a Lambda function ARN");
        assertThatThrownBy(() -> LocalOptions.parse("--endpoint-arn", ARN)).hasMessageContaining("goes with --skill-package");
        assertThatThrownBy(() -> LocalOptions.parse("--skill-package", "out", "--endpoint-arn", ARN))
                .hasMessageContaining("--privacy-url");
        assertThatThrownBy(() -> LocalOptions.parse("--skill-package", "out", "--endpoint-arn", ARN,
                "--privacy-url", "http://insecure.example/p", "--terms-url", INPUTS.termsOfUse()))
                .hasMessageContaining("https://");
    }

    /**
     * The package's manifest against the Skill Management API's own schema (the ask-smapi-model package .ci/run installs
     * and names in ASK_SMAPI_MODEL_DIR); on CI a missing schema fails, elsewhere the check is skipped.
     */
    @Test
    void thePackagesManifestPassesTheSkillManagementApiSchema(@TempDir Path dir) throws Exception {
        String schema = System.getenv("ASK_SMAPI_MODEL_DIR");
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(schema != null && Files.isDirectory(Path.of(schema)), "ASK_SMAPI_MODEL_DIR names no ask-smapi-model");
        }
        assertThat(schema).as("ASK_SMAPI_MODEL_DIR (set by .ci/run)").isNotNull();
        SkillPackage.write(dir, INPUTS);

        Process node = new ProcessBuilder("node", ".ci/validate-models.js", schema,
                dir.resolve("skill-package/skill.json").toString()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes());
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("valid skill manifest");
    }

    private static void collectEndpoints(JsonNode node, List<String> uris) {
        if (node.isObject() && node.path("endpoint").has("uri")) {
            uris.add(node.path("endpoint").path("uri").asText());
        }
        node.forEach(child -> collectEndpoints(child, uris));
    }
}
