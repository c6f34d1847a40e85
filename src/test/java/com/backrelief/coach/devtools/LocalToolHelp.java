package com.backrelief.coach.devtools;

/** The local tool's {@code --help}: every mode and option, with examples. */
final class LocalToolHelp {

    static final String TEXT = """
            Usage: mvn -q test-compile exec:java [-Dexec.args="OPTIONS"]

            Runs Back Relief Coach on this machine with the handler class and the environment variables
            that template.yaml gives the Lambda function (table, skill id and endpoint made local).
            No AWS account and no Docker needed.

            Modes (one at a time):
              (none)              Conversation. Type what you would say to Alexa; each line is matched
                                  against interaction-model/<locale>.json and sent as a full Alexa request.
                                  Reads one utterance per line when input is not a terminal (lines starting
                                  with # and blank lines are skipped). Progress is kept in .local/dynamodb,
                                  so a second run meets a returning user.
              --event FILE...     Sends each event file to the handler, like `sam local invoke -e`, and
                                  prints one JSON document per event on standard output: the response
                                  alone for one event, {"event": FILE, "response": ...} for each of several.
                                  A handler error prints Lambda's error payload {"errorMessage", "errorType",
                                  "stackTrace"}; the exit code is then 1. A missing FILE is a usage error.
                                  A FILE with * or ? stands for the matching files (events/*.json: all).
                                  Uses an in-memory DynamoDB Local unless --endpoint or --data-dir is given,
                                  and the local Alexa API of the conversation (time zone, timers, reminders):
                                  each call it gets is printed on standard error.
              --db                Starts DynamoDB Local (port 8000 unless --db-port) with the table that
                                  template.yaml defines (key schema, TTL), prints its endpoint, and runs
                                  until Ctrl-C: for `sam local` and for --endpoint. Data in .local/dynamodb
                                  unless --data-dir or --in-memory. DynamoDB Local listens on every network
                                  interface (it has no option to pick one): run it on a trusted network only.
              --understanding [FILE...]  Says every phrasing of each set (default: every set under
                                  src/test/resources/understanding, development set first) to
                                  the skill in its context, through both ears (statistical and generous) and
                                  the handler, and prints the score per area and group side by side and every
                                  miss (docs/understanding.md).
              --skill-package DIR  Writes the ASK CLI project for `ask deploy` into DIR: ask-resources.json and
                                  skill-package/ (skill.json, the icons, interactionModels/custom/<locale>.json),
                                  made from interaction-model/. Needs --endpoint-arn ARN (the stack's
                                  SkillEndpointArn output: the skill's, each region's and the events' endpoint),
                                  --privacy-url URL and --terms-url URL (https, where you host docs/privacy.md
                                  and your terms); --skill-id ID makes ask deploy update that skill (the one the
                                  stack's SkillId names). Refuses to write a package that keeps a placeholder.
              --serve             Serves the function over HTTP until Ctrl-C, on 127.0.0.1:3001 by default:
                                    POST /2015-03-31/functions/CoachFunction/invocations  the Lambda Invoke API,
                                      as `sam local start-lambda` serves it, for `aws lambda invoke
                                      --endpoint-url` and the AWS SDKs (function errors as Lambda reports them);
                                    POST /  an Alexa request in, the Alexa response out, as a skill on an
                                      HTTPS endpoint answers. It does NOT verify Alexa request signatures or
                                      timestamps: never expose it beyond this machine.
                                  Starts its own in-memory DynamoDB Local unless --endpoint or --data-dir.

            Options:
              --locale TAG        Request locale for the conversation (default en-US): en-US, en-CA, en-GB,
                                  en-AU or en-IN, the locales with a voice model; any other is a usage error.
              --user ID           The Alexa user id sent in the conversation (default amzn1.ask.account.LOCAL-USER).
              --fresh             Conversation: deletes the saved data first, so the skill meets you anew.
              --voice             Conversation: also speaks each answer with espeak-ng, pauses included, and plays
                                  a short tone from sox where a sound plays ([sound: ...] in the text)
                                  (install: sudo apt-get install espeak-ng sox). Without them, the text only.
              --matcher NAME      Conversation: how typed words are heard. statistical (default): a classifier
                                  trained on interaction-model/<locale>.json, which falls back on words it
                                  cannot place, as Alexa does; generous: the rule-based matcher, which sends
                                  words no sample fits whole to the free-text intent. docs/local-matcher.md.
              --explain           Conversation: under each answer, what the ear heard: the intent, each
                                  filled slot (value, then its resolved id or "no match") and how: for the
                                  statistical ear the score, the runner-up and the sample the slots came
                                  from; for the generous matcher exact, after fillers, or similarity 0.83
                                  against sample "...". docs/local-matcher.md.
              --screen            Conversation: from a device with a screen (an Echo Show 8). Under each
                                  answer, the text its screen shows and its buttons in [brackets]; type
                                  "tap NEXT" (or the words of any button) to touch one. Each RenderDocument
                                  (document and data source) is saved under .local/screens/, to paste into
                                  the developer console's APL authoring tool.
              --data-dir DIR      Where the DynamoDB Local started by this tool keeps its data.
              --in-memory         DynamoDB Local keeps nothing after the run.
              --db-port N         Port for the DynamoDB Local started by this tool (--db: 8000; others: any free).
              --endpoint URL      Use a DynamoDB already running at URL (such as one started with --db).
              --port N            --serve: the port (default 3001, as sam local start-lambda; 0: any free).
              --host ADDRESS      --serve: the address to listen on (default 127.0.0.1, this machine only).
              --env NAME=VALUE    Sets a function environment variable, after template.yaml's and the local ones.
              --verbose           Conversation: shows the skill's log lines on standard error.
              --help              Shows this text.

            Examples:
              printf 'open back relief coach\\nhow do I do a cat cow\\nstop\\n' | mvn -q test-compile exec:java
              mvn -q test-compile exec:java -Dexec.args="--fresh --voice"
              mvn -q test-compile exec:java -Dexec.args="--explain"
              mvn -q test-compile exec:java -Dexec.args="--matcher generous --explain"
              mvn -q test-compile exec:java -Dexec.args="--screen"
              mvn -q test-compile exec:java -Dexec.args="--understanding"
              mvn -q test-compile exec:java -Dexec.args="--skill-package target/skill-package --endpoint-arn ARN --privacy-url URL --terms-url URL"
              mvn -q test-compile exec:java -Dexec.args="--event events/launch.json events/help.json"
              mvn -q test-compile exec:java -Dexec.args="--event events/*.json"
              mvn -q test-compile exec:java -Dexec.args="--db"
              mvn -q test-compile exec:java -Dexec.args="--endpoint http://127.0.0.1:8000"
              mvn -q test-compile exec:java -Dexec.args="--serve"
              aws lambda invoke --endpoint-url http://127.0.0.1:3001 --function-name CoachFunction \\
                  --payload fileb://events/launch.json --region us-east-1 out.json
              curl -X POST http://127.0.0.1:3001/ -d @events/launch.json
            """;

    private LocalToolHelp() {
    }
}
