package com.rootmail.infra;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.aws.inputs.ProviderDefaultTagsArgs;
import com.pulumi.aws.outputs.GetCallerIdentityResult;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.rootmail.infra.access.Arns;
import com.rootmail.infra.config.StackConfig;
import com.rootmail.infra.delegation.DelegationGate;
import com.rootmail.infra.delegation.ParentZoneDelegation;
import com.rootmail.infra.dns.DelegationRecord;
import com.rootmail.infra.dns.MailDomain;
import com.rootmail.infra.processing.Alarms;
import com.rootmail.infra.processing.MailHandler;
import com.rootmail.infra.processing.MailQueues;
import com.rootmail.infra.receiving.MailBucket;
import com.rootmail.infra.receiving.MailTopic;
import com.rootmail.infra.receiving.ReceiptRules;
import java.util.List;
import java.util.Map;

/**
 * The whole of RootMail as one Pulumi component: the delegated mail domain, SES receiving
 * into a locked-down bucket, the topic, queues and handler that turn each mail into an
 * OpsItem in the home region, and alarms. It brings its own two AWS providers (home and
 * receiving region), so none of its resources uses the default provider.
 *
 * <p>{@code options} may be null.
 *
 * <pre>{@code
 * var rootMail = new RootMail("rootmail", RootMailArgs.builder().config(config).build(), gate, null);
 * rootMail.outputs().forEach(ctx::export);   // or one of them: rootMail.nameServers
 * }</pre>
 */
public final class RootMail extends ComponentResource {

    public static final String TYPE = "rootmail:index:RootMail";

    public final Output<String> domain;
    public final Output<List<String>> nameServers;
    public final Output<String> delegationRecord;
    public final Output<String> homeRegion;
    public final Output<String> receivingRegion;
    public final Output<String> bucketName;
    public final Output<String> queueUrl;
    public final Output<String> deadLetterQueueUrl;
    public final Output<String> functionName;
    public final Output<String> ruleSetName;
    public final Output<String> exampleRootEmail;

    private final Map<String, Output<?>> outputs;

    public RootMail(String name, RootMailArgs args, DelegationGate gate, ComponentResourceOptions options) {
        super(TYPE, name, options);
        StackConfig config = args.config();
        var placement = new Placement(name, this,
                provider(name, "home", config.homeRegion(), config),
                provider(name, "receiving", config.receivingRegion(), config));

        Output<String> accountId = AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.builder().build(),
                        InvokeOptions.builder().parent(this).provider(placement.homeProvider()).build())
                .applyValue(GetCallerIdentityResult::accountId);
        var ruleNames = ReceiptRules.Names.of(placement);
        Output<String> receiptRuleArn = accountId.applyValue(account ->
                Arns.receiptRule(config.receivingRegion(), account, ruleNames.ruleSet(), ruleNames.rule()));

        var mailDomain = new MailDomain(placement, config.domain(), config.receivingRegion(), gate);
        ParentZoneDelegation.create(placement, args.delegation(), config.domain(), mailDomain.nameServers(),
                config.homeRegion(), config.awsProfile());
        var bucket = new MailBucket(placement, config.kmsKeyArn(), config.mailRetentionDays(), accountId, receiptRuleArn);
        var topic = new MailTopic(placement, config.kmsKeyArn(), accountId, receiptRuleArn);
        var queues = new MailQueues(placement, config.kmsKeyArn(), topic.arn());
        var handler = new MailHandler(placement, config, args.handlerCode(), args.maximumConcurrency(),
                bucket, queues, accountId);
        var rules = new ReceiptRules(placement, ruleNames, config.recipients(), bucket, topic,
                config.replaceActiveRuleSet());
        new Alarms(placement, config.alarmTopicArn(), queues.deadLetterQueue().name(), handler.functionName());

        this.domain = Output.of(config.domain());
        this.nameServers = mailDomain.nameServers();
        this.delegationRecord = nameServers.applyValue(ns -> DelegationRecord.text(config.domain(), ns));
        this.homeRegion = Output.of(config.homeRegion());
        this.receivingRegion = Output.of(config.receivingRegion());
        this.bucketName = bucket.name();
        this.queueUrl = queues.queue().url();
        this.deadLetterQueueUrl = queues.deadLetterQueue().url();
        this.functionName = handler.functionName();
        this.ruleSetName = rules.ruleSetName();
        this.exampleRootEmail = Output.of(exampleAddress(config.recipients().get(0), config.domain()));
        this.outputs = Map.ofEntries(
                Map.entry("domain", domain),
                Map.entry("nameServers", nameServers),
                Map.entry("delegationRecord", delegationRecord),
                Map.entry("homeRegion", homeRegion),
                Map.entry("receivingRegion", receivingRegion),
                Map.entry("bucketName", bucketName),
                Map.entry("queueUrl", queueUrl),
                Map.entry("deadLetterQueueUrl", deadLetterQueueUrl),
                Map.entry("functionName", functionName),
                Map.entry("ruleSetName", ruleSetName),
                Map.entry("exampleRootEmail", exampleRootEmail));
        registerOutputs(outputs);
    }

    /** Every output by name: what the component registers and what the program exports as stack outputs. */
    public Map<String, Output<?>> outputs() {
        return outputs;
    }

    /** What an account's root address looks like: the first recipient with a {@code +alias}. */
    static String exampleAddress(String recipient, String domain) {
        String local = recipient.contains("@") ? recipient.substring(0, recipient.lastIndexOf('@')) : "root";
        return local + "+a2b3c4d5e6f7@" + domain;
    }

    private Provider provider(String component, String role, String region, StackConfig config) {
        var args = ProviderArgs.builder()
                .region(region)
                .defaultTags(ProviderDefaultTagsArgs.builder()
                        .tags(Map.of("app", "rootmail", "rootmail:component", component))
                        .build());
        config.awsProfile().ifPresent(args::profile);
        return new Provider(component + "-" + role, args.build(), CustomResourceOptions.builder().parent(this).build());
    }
}
