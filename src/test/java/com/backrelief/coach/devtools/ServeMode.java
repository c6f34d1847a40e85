package com.backrelief.coach.devtools;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * {@code --serve}: the function behind the Lambda Invoke API and an Alexa skill endpoint on this
 * machine, with its own DynamoDB Local (or {@code --endpoint}), until Ctrl-C.
 */
final class ServeMode {

    static final String WARNING = """
            WARNING: POST / answers Alexa requests without verifying Alexa's request signature or
            timestamp, as a real skill endpoint must. Keep this server on this machine: never expose it
            to a network, a tunnel or the internet.""";

    private ServeMode() {
    }

    static int run(LocalOptions options, LocalFunction function, PrintStream out, PrintStream log, Lifetime lifetime) {
        InetSocketAddress address = address(options);
        try (LocalDatabase database = LocalDatabase.open(options.endpoint(), options.dbPort(), options.dataDir(null))) {
            var handler = function.handler(function.environment(database.endpoint(), options.env()));
            try (LocalInvokeServer server = LocalInvokeServer.start(address, function.logicalId(), handler, log)) {
                out.print(banner(server, function.logicalId(), database, address));
                out.flush();
                lifetime.serve(() -> {
                    server.close();
                    database.close();
                });
            }
        }
        return 0;
    }

    private static InetSocketAddress address(LocalOptions options) {
        try {
            return new InetSocketAddress(InetAddress.getByName(options.host()), options.port());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host " + options.host() + " is not an address of this machine", e);
        }
    }

    static String banner(LocalInvokeServer server, String function, LocalDatabase database, InetSocketAddress address) {
        URI uri = server.uri();
        String exposed = address.getAddress().isLoopbackAddress() ? "" : """

                WARNING: --host %s makes this server reachable from other machines.
                """.formatted(address.getAddress().getHostAddress());
        return """
                Back Relief Coach is served at %s (function %s, as template.yaml declares it).
                  Lambda Invoke API, like sam local start-lambda:
                    POST %s
                    aws lambda invoke --endpoint-url %s --function-name %s --payload fileb://events/launch.json --region us-east-1 out.json
                  Alexa skill endpoint:
                    POST %s/
                    curl -X POST %s/ -d @events/launch.json
                  DynamoDB: %s

                %s
                %s
                Press Ctrl-C to stop.
                """.formatted(uri, function, server.invokeUri(), uri, function, uri, uri, database.description(),
                WARNING, exposed);
    }
}
