package com.backrelief.coach.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample requests in {@code events/}, shared with {@code sam local invoke -e}. */
public final class Events {

    public static final Path DIRECTORY = Path.of("events");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    public static List<String> names() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An event as an editable JSON tree, for tests that change one field. */
    public static ObjectNode json(String name) {
        try {
            return (ObjectNode) JSON.readTree(DIRECTORY.resolve(name + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(DIRECTORY.resolve(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
