package com.backrelief.coach.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ASK CLI's project for this skill, made from {@code interaction-model/}: {@code ask-resources.json}
 * and {@code skill-package/} (the manifest with the stack's endpoint, and each locale's model under
 * {@code interactionModels/custom/}), ready for {@code ask deploy}. {@code interaction-model/} stays the source.
 */
final class SkillPackage {

    static final Path SOURCE = Path.of("interaction-model");
    static final String PLACEHOLDER = "arn:aws:lambda:us-east-1:000000000000:function:back-relief-coach:live";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SkillPackage() {
    }

    /** Writes the project into {@code dir}; returns the files written. */
    static List<Path> write(Path dir, String endpointArn) {
        return write(dir, endpointArn, null);
    }

    /**
     * As {@link #write(Path, String)}; with {@code skillId}, also the ASK CLI's state naming that skill,
     * so {@code ask deploy} updates it instead of creating another.
     */
    static List<Path> write(Path dir, String endpointArn, String skillId) {
        try {
            List<Path> written = new ArrayList<>();
            if (skillId != null) {
                ObjectNode states = JSON.createObjectNode().put("askcliStatesVersion", "2020-03-31");
                states.putObject("profiles").putObject("default").put("skillId", skillId);
                written.add(json(dir.resolve(".ask").resolve("ask-states.json"), states));
            }
            ObjectNode resources = JSON.createObjectNode().put("askcliResourcesVersion", "2020-03-31");
            resources.putObject("profiles").putObject("default").putObject("skillMetadata").put("src", "./skill-package");
            written.add(json(dir.resolve("ask-resources.json"), resources));
            ObjectNode manifest = (ObjectNode) JSON.readTree(SOURCE.resolve("skill.json").toFile());
            if (endpointArn != null) {
                ((ObjectNode) manifest.path("manifest").path("apis").path("custom").path("endpoint")).put("uri", endpointArn);
            }
            Path skill = dir.resolve("skill-package");
            written.add(json(skill.resolve("skill.json"), manifest));
            for (String locale : locales(manifest)) {
                Path model = SOURCE.resolve(locale + ".json");
                if (!Files.exists(model)) {
                    throw new IllegalStateException("skill.json publishes " + locale + " but there is no " + model);
                }
                Path target = skill.resolve("interactionModels").resolve("custom").resolve(locale + ".json");
                Files.createDirectories(target.getParent());
                Files.copy(model, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the skill package to " + dir, e);
        }
    }

    static List<String> locales(JsonNode manifest) {
        List<String> locales = new ArrayList<>();
        manifest.path("manifest").path("publishingInformation").path("locales").fieldNames().forEachRemaining(locales::add);
        return locales;
    }

    /** The local tool's --skill-package: writes it and says what to do next. */
    static int run(LocalOptions options, PrintStream out) {
        List<Path> written = write(options.skillPackage(), options.endpointArn(), options.skillId());
        written.forEach(file -> out.println("wrote " + file));
        if (options.endpointArn() == null) {
            out.println("The manifest keeps the placeholder endpoint " + PLACEHOLDER + ": give --endpoint-arn with your"
                    + " stack's SkillEndpointArn output.");
        }
        if (options.skillId() == null) {
            out.println("Without --skill-id, ask deploy creates a new skill; give the id the stack's SkillId names.");
        }
        out.println("Next: cd " + options.skillPackage() + " && ask deploy");
        return 0;
    }

    private static Path json(Path file, JsonNode node) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(node) + "\n");
        return file;
    }
}
