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

    /** The function's logical id, the name {@code sam local} and the local Invoke API know it by. */
    public String functionLogicalId() {
        return single("AWS::Serverless::Function").getKey();
    }

    /** The handler, e.g. {@code com.example.Handler::handleRequest}. */
    public String handler() {
        return function().path("Handler").asText();
    }

    public String handlerClass() {
        return handler().split("::")[0];
    }

    /** The method after {@code ::}, or empty when the handler names a class only. */
    public String handlerMethod() {
        String[] parts = handler().split("::");
        return parts.length > 1 ? parts[1] : "";
    }

    /** The type of the resource with this logical id, or empty when there is none. */
    public String resourceType(String logicalId) {
        return root.path("Resources").path(logicalId).path("Type").asText("");
    }

    public boolean hasParameter(String name) {
        return root.path("Parameters").has(name);
    }

    /** The parameter's default value, or null when it has none. */
    public String parameterDefault(String name) {
        JsonNode value = root.path("Parameters").path(name).path("Default");
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** The function's environment variables as the template sets them (references as their names). */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        function().path("Environment").path("Variables").fields()
                .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }

    /** The resource with this logical id (Type, Properties...), or a missing node. */
    public JsonNode resource(String logicalId) {
        return root.path("Resources").path(logicalId);
    }

    /** The logical ids of every resource of this type, in the template's order. */
    public java.util.List<String> resources(String type) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        root.path("Resources").fields().forEachRemaining(r -> {
            if (type.equals(r.getValue().path("Type").asText())) {
                ids.add(r.getKey());
            }
        });
        return ids;
    }

    public JsonNode table() {
        return single("AWS::DynamoDB::Table").getValue().path("Properties");
    }
}
