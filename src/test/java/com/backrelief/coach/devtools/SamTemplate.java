package com.backrelief.coach.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code template.yaml}, so local tools and tests use the definitions operators deploy. */
public final class SamTemplate {

    public static final Path DEFAULT = Path.of("template.yaml");

    private final JsonNode root;

    private SamTemplate(JsonNode root) {
        this.root = root;
    }

    public static SamTemplate read(Path file) {
        try {
            // CloudFormation tags such as !Ref are read as their plain values.
            return new SamTemplate(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The one resource of the given type, with its logical id. */
    public Map.Entry<String, JsonNode> single(String type) {
        Map.Entry<String, JsonNode> found = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            if (type.equals(resource.getValue().path("Type").asText())) {
                if (found != null) {
                    throw new IllegalStateException("template.yaml has more than one " + type);
                }
                found = resource;
            }
        }
        if (found == null) {
            throw new IllegalStateException("template.yaml has no " + type);
        }
        return found;
    }

    public JsonNode function() {
        return single("AWS::Serverless::Function").getValue().path("Properties");
    }

    /** The handler, e.g. {@code com.example.Handler::handleRequest}. */
    public String handler() {
        return function().path("Handler").asText();
    }

    public String handlerClass() {
        return handler().split("::")[0];
    }

    /** The function's environment variables as the template sets them (references as their names). */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        function().path("Environment").path("Variables").fields()
                .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }

    public JsonNode table() {
        return single("AWS::DynamoDB::Table").getValue().path("Properties");
    }
}
