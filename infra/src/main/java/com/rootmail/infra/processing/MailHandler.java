package com.rootmail.infra.processing;

import com.pulumi.asset.Archive;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.lambda.Alias;
import com.pulumi.aws.lambda.AliasArgs;
import com.pulumi.aws.lambda.EventSourceMapping;
import com.pulumi.aws.lambda.EventSourceMappingArgs;
import com.pulumi.aws.lambda.Function;
import com.pulumi.aws.lambda.FunctionArgs;
import com.pulumi.aws.lambda.inputs.EventSourceMappingScalingConfigArgs;
import com.pulumi.aws.lambda.inputs.FunctionEnvironmentArgs;
import com.pulumi.aws.lambda.inputs.FunctionLoggingConfigArgs;
import com.pulumi.aws.lambda.inputs.FunctionSnapStartArgs;
import com.pulumi.core.Output;
import com.rootmail.infra.Placement;
import com.rootmail.infra.access.AccessPolicies;
import com.rootmail.infra.access.HandlerAccess;
import com.rootmail.infra.config.StackConfig;
import com.rootmail.infra.receiving.MailBucket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Lambda function that turns queued notifications into OpsItems: its least-privilege
 * role, its log group, a SnapStart alias and the queue's event source mapping with
 * partial batch responses and a concurrency cap.
 *
 * <pre>{@code
 * MailHandler handler = new MailHandler(placement, config, code, 5, bucket, queues, accountId);
 * }</pre>
 */
public final class MailHandler {

    static final String HANDLER = "com.rootmail.handler.RootMailHandler::handleRequest";
    static final String OPSITEM_SOURCE = "RootMail";
    /** How long a secret parameter lives: enough to act on a reset link, short enough to be safe. */
    static final String SECRET_TTL = "PT15M";
    static final int TIMEOUT_SECONDS = 60;
    static final int MEMORY_MB = 1024;
    /** AWS's advice for SQS event sources: at least six times the function timeout. */
    static final int QUEUE_VISIBILITY_SECONDS = 6 * TIMEOUT_SECONDS;
    static final int BATCH_SIZE = 10;

    private final Function function;
    private final Alias alias;

    public MailHandler(Placement placement, StackConfig config, Archive code, int maximumConcurrency,
            MailBucket bucket, MailQueues queues, Output<String> accountId) {
        var logGroup = new LogGroup(placement.child("handler-logs"), LogGroupArgs.builder()
                .namePrefix("/rootmail/" + placement.name() + "/handler-")
                .retentionInDays(config.logRetentionDays())
                .build(), placement.receiving());
        var role = new Role(placement.child("handler-role"), RoleArgs.builder()
                .description("RootMail handler: reads stored mail, creates OpsItems")
                .assumeRolePolicy(accountId.applyValue(AccessPolicies::lambdaTrustPolicy))
                .build(), placement.home());
        var access = Output.tuple(bucket.arn(), queues.queue().arn(), logGroup.arn(), accountId).applyValue(t ->
                new HandlerAccess(t.t1, MailBucket.MAIL_PREFIX, t.t2, t.t3, config.homeRegion(), t.t4, config.kmsKeyArn()));
        var rolePolicy = new RolePolicy(placement.child("handler-policy"), RolePolicyArgs.builder()
                .role(role.id())
                .policy(access.applyValue(AccessPolicies::handlerPolicy))
                .build(), placement.home());

        this.function = new Function(placement.child("handler"), FunctionArgs.builder()
                .description("RootMail: turns each root-user mail into an OpsItem")
                .runtime("java21")
                .architectures("arm64")
                .handler(HANDLER)
                .code(code)
                .role(role.arn())
                .memorySize(MEMORY_MB)
                .timeout(TIMEOUT_SECONDS)
                .publish(true)
                .snapStart(FunctionSnapStartArgs.builder().applyOn("PublishedVersions").build())
                .loggingConfig(FunctionLoggingConfigArgs.builder()
                        .logFormat("JSON")
                        .logGroup(logGroup.name())
                        .build())
                .environment(FunctionEnvironmentArgs.builder()
                        .variables(bucket.name().applyValue(name -> environment(config, name)))
                        .build())
                .build(), placement.receiving(rolePolicy, logGroup));
        // SnapStart only applies to published versions: the queue invokes the alias, never $LATEST.
        this.alias = new Alias(placement.child("handler-live"), AliasArgs.builder()
                .name("live")
                .functionName(function.name())
                .functionVersion(function.version())
                .build(), placement.receiving());
        new EventSourceMapping(placement.child("handler-trigger"), EventSourceMappingArgs.builder()
                .eventSourceArn(queues.queue().arn())
                .functionName(alias.arn())
                .batchSize(BATCH_SIZE)
                .functionResponseTypes("ReportBatchItemFailures")
                .scalingConfig(EventSourceMappingScalingConfigArgs.builder()
                        .maximumConcurrency(maximumConcurrency)
                        .build())
                .build(), placement.receiving(rolePolicy));
    }

    /** The variables the handler reads (see the handler module). */
    static Map<String, String> environment(StackConfig config, String bucketName) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("HOME_REGION", config.homeRegion());
        variables.put("MAIL_BUCKET", bucketName);
        variables.put("MAIL_PREFIX", MailBucket.MAIL_PREFIX);
        variables.put("OPSITEM_SOURCE", OPSITEM_SOURCE);
        config.opsItemTopicArn().ifPresent(arn -> variables.put("OPSITEM_TOPIC_ARN", arn));
        variables.put("SECRET_TTL", SECRET_TTL);
        return variables;
    }

    public Output<String> functionName() {
        return function.name();
    }
}
