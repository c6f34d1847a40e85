package com.backrelief.coach.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The ASK CLI's project for this skill, made from {@code interaction-model/}: {@code ask-resources.json}
 * and {@code skill-package/} (the manifest with the stack's endpoint in every place one goes, the operator's privacy
 * policy and terms, the icons under {@code assets/images/}, and each locale's model under
 * {@code interactionModels/custom/}), ready for {@code ask deploy}. {@code interaction-model/} stays the source, and
 * its placeholders never reach a package: one left is an error, and nothing is written.
 */
final class SkillPackage {

    static final Path SOURCE = Path.of("interaction-model");
    static final Path ICONS = SOURCE.resolve("icons");
    static final String SMALL_ICON = "small-icon.png";
    static final String LARGE_ICON = "large-icon.png";
    static final String PLACEHOLDER = "arn:aws:lambda:us-east-1:000000000000:function:back-relief-coach:live";
    /** What the source carries until an operator's own values replace it. */
    static final Pattern PLACEHOLDERS =
            Pattern.compile("000000000000|example\\.(com|org|net)|amzn1\\.ask\\.skill\\.0{8}-0{4}-0{4}-0{4}-0{12}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What only the operator knows.
     *
     * @param endpointArn   the stack's {@code SkillEndpointArn}
     * @param skillId       the skill's id, so {@code ask deploy} updates it (null: it creates a new skill)
     * @param privacyPolicy where the operator hosts the privacy policy ({@code docs/privacy.md})
     * @param termsOfUse    where the operator hosts the terms of use
     */
    record Inputs(String endpointArn, String skillId, String privacyPolicy, String termsOfUse) {
    }

    private SkillPackage() {
    }

    /** Writes the project into {@code dir}; returns the files written. Throws, writing nothing, if a placeholder is left. */
    static List<Path> write(Path dir, Inputs inputs) {
        try {
            Map<Path, byte[]> files = new LinkedHashMap<>();
            if (inputs.skillId() != null) {
                ObjectNode states = JSON.createObjectNode().put("askcliStatesVersion", "2020-03-31");
                states.putObject("profiles").putObject("default").put("skillId", inputs.skillId());
                files.put(dir.resolve(".ask").resolve("ask-states.json"), json(states));
            }
            ObjectNode resources = JSON.createObjectNode().put("askcliResourcesVersion", "2020-03-31");
            resources.putObject("profiles").putObject("default").putObject("skillMetadata").put("src", "./skill-package");
            files.put(dir.resolve("ask-resources.json"), json(resources));
            ObjectNode manifest = manifest(inputs);
            Path skill = dir.resolve("skill-package");
            files.put(skill.resolve("skill.json"), json(manifest));
            for (String icon : List.of(SMALL_ICON, LARGE_ICON)) {
                files.put(skill.resolve("assets").resolve("images").resolve(icon), Files.readAllBytes(ICONS.resolve(icon)));
            }
            for (String locale : locales(manifest)) {
                Path model = SOURCE.resolve(locale + ".json");
                if (!Files.exists(model)) {
                    throw new IllegalStateException("skill.json publishes " + locale + " but there is no " + model);
                }
                files.put(skill.resolve("interactionModels").resolve("custom").resolve(locale + ".json"), Files.readAllBytes(model));
            }
            refusePlaceholders(files);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                Files.createDirectories(file.getKey().toAbsolutePath().getParent());
                Files.write(file.getKey(), file.getValue());
                written.add(file.getKey());
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the skill package to " + dir, e);
        }
    }

    /** The source manifest with the operator's values: every endpoint (main, regional, events), privacy, terms, icons. */
    static ObjectNode manifest(Inputs inputs) throws IOException {
        ObjectNode manifest = (ObjectNode) JSON.readTree(SOURCE.resolve("skill.json").toFile());
        if (inputs.endpointArn() != null) {
            endpoints(manifest, inputs.endpointArn());
        }
        manifest.path("manifest").path("privacyAndCompliance").path("locales").forEach(locale -> {
            if (inputs.privacyPolicy() != null) {
                ((ObjectNode) locale).put("privacyPolicyUrl", inputs.privacyPolicy());
            }
            if (inputs.termsOfUse() != null) {
                ((ObjectNode) locale).put("termsOfUseUrl", inputs.termsOfUse());
            }
        });
        manifest.path("manifest").path("publishingInformation").path("locales").forEach(locale -> ((ObjectNode) locale)
                .put("smallIconUri", "file://assets/images/" + SMALL_ICON)
                .put("largeIconUri", "file://assets/images/" + LARGE_ICON));
        return manifest;
    }

    /** Every {@code endpoint} object with a {@code uri}, wherever it is in the manifest, gets the ARN. */
    static void endpoints(JsonNode node, String arn) {
        if (node.isObject()) {
            JsonNode endpoint = node.path("endpoint");
            if (endpoint.isObject() && endpoint.has("uri")) {
                ((ObjectNode) endpoint).put("uri", arn);
            }
            node.forEach(child -> endpoints(child, arn));
        } else if (node.isArray()) {
            node.forEach(child -> endpoints(child, arn));
        }
    }

    private static void refusePlaceholders(Map<Path, byte[]> files) {
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            if (file.getKey().toString().endsWith(".png")) {
                continue;
            }
            var found = PLACEHOLDERS.matcher(new String(file.getValue(), StandardCharsets.UTF_8));
            if (found.find()) {
                throw new IllegalStateException("Not writing the skill package: " + file.getKey().getFileName()
                        + " would still carry the placeholder " + found.group() + " (give --endpoint-arn, --privacy-url,"
                        + " --terms-url and --skill-id your own values).");
            }
        }
    }

    static List<String> locales(JsonNode manifest) {
        List<String> locales = new ArrayList<>();
        manifest.path("manifest").path("publishingInformation").path("locales").fieldNames().forEachRemaining(locales::add);
        return locales;
    }

    /** The local tool's --skill-package: writes it and says what to do next. */
    static int run(LocalOptions options, PrintStream out) {
        List<Path> written = write(options.skillPackage(), new Inputs(options.endpointArn(), options.skillId(),
                options.privacyUrl(), options.termsUrl()));
        written.forEach(file -> out.println("wrote " + file));
        if (options.skillId() == null) {
            out.println("Without --skill-id, ask deploy creates a new skill; give the id the stack's SkillId names.");
        }
        out.println("Next: cd " + options.skillPackage() + " && ask deploy");
        return 0;
    }

    private static byte[] json(JsonNode node) throws IOException {
        return (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
