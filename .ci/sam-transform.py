"""Runs the SAM transform on template.yaml as `sam build`/`sam deploy` would, with the aws-sam-translator
package installed beside cfn-lint, and checks what it makes: the function, its alias and versions, and the
table. Fails (exit 1) on a transform error or a missing resource."""
import os
import sys

# The transform fills in AWS::Region and the partition; no AWS account or call is needed for that.
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
from samtranslator.parser.parser import Parser
from samtranslator.translator.managed_policy_translator import ManagedPolicyLoader
from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse


class NoManagedPolicies(ManagedPolicyLoader):
    """The template names no AWS managed policy, so none is looked up (no AWS call)."""

    def __init__(self):
        pass

    def load(self):
        return {}


def main(path):
    with open(path) as template:
        source = yaml_parse(template.read())
    for resource in source.get("Resources", {}).values():
        # `sam package`/`sam deploy` upload the built code and put its S3 location here before the transform.
        code = resource.get("Properties", {}).get("CodeUri")
        if resource.get("Type") == "AWS::Serverless::Function" and isinstance(code, str) and not code.startswith("s3://"):
            resource["Properties"]["CodeUri"] = "s3://example-bucket/back-relief-coach.zip"
    parameters = {"SkillId": "amzn1.ask.skill.00000000-0000-0000-0000-000000000000",
                  "AWS::Region": os.environ["AWS_DEFAULT_REGION"], "AWS::Partition": "aws",
                  "AWS::AccountId": "123456789012"}
    output = transform(source, parameters, NoManagedPolicies(), Parser())
    types = sorted({resource["Type"] for resource in output["Resources"].values()})
    needed = {"AWS::Lambda::Function", "AWS::Lambda::Alias", "AWS::Lambda::Version", "AWS::DynamoDB::Table",
              "AWS::IAM::Role"}
    missing = needed.difference(types)
    if missing:
        print("SAM transform of %s lacks %s; made %s" % (path, sorted(missing), types))
        return 1
    print("ok   %s: SAM transform made %d resources (%s)" % (path, len(output["Resources"]), ", ".join(types)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "template.yaml"))
