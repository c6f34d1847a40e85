package com.backrelief.coach.devtools;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The event mode: each file through the handler, as {@code sam local invoke -e} does, and each
 * response printed as JSON; a failure prints Lambda's error payload and makes the exit code 1.
 */
final class EventMode {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EventMode() {
    }

    static int run(LocalOptions options, LocalFunction function, PrintStream out) {
        try (LocalDatabase database = LocalDatabase.open(options.endpoint(), options.dbPort(), options.dataDir(null))) {
            RequestStreamHandler handler = function.handler(function.environment(database.endpoint(), options.env()));
            int status = 0;
            for (Path event : expand(options.events())) {
                status = Math.max(status, invoke(handler, event, out));
            }
            return status;
        }
    }

    /** The files named, a name with {@code *} or {@code ?} standing for the matching files in its folder, sorted. */
    static List<Path> expand(List<Path> named) {
        List<Path> files = new ArrayList<>();
        for (Path name : named) {
            String pattern = name.getFileName() == null ? "" : name.getFileName().toString();
            if (!pattern.contains("*") && !pattern.contains("?")) {
                files.add(name);
                continue;
            }
            Path folder = name.getParent() == null ? Path.of(".") : name.getParent();
            PathMatcher matcher = folder.getFileSystem().getPathMatcher("glob:" + pattern);
            try (Stream<Path> listing = Files.list(folder)) {
                List<Path> matched = listing.filter(f -> matcher.matches(f.getFileName())).sorted().toList();
                files.addAll(matched.isEmpty() ? List.of(name) : matched);
            } catch (IOException e) {
                files.add(name);
            }
        }
        return files;
    }

    private static int invoke(RequestStreamHandler handler, Path event, PrintStream out) {
        try {
            byte[] body = Files.readAllBytes(event);
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(body), response, null);
            out.println(response.size() == 0 ? "null" : JSON.writeValueAsString(JSON.readTree(response.toByteArray())));
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println(LambdaError.of(e).toPrettyString());
            return 1;
        } finally {
            out.flush();
        }
    }
}
