package com.rootmail.handler.aws;

import com.rootmail.handler.pipeline.MailSource;
import com.rootmail.handler.pipeline.OpsItemSink;
import com.rootmail.handler.pipeline.SecretStore;
import java.util.Objects;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The three places the pipeline touches AWS, built once per Lambda instance.
 *
 * <pre>{@code
 * AwsEdges edges = AwsEdges.forLambda("eu-central-1"); // S3 in AWS_REGION, SSM in the home region
 * }</pre>
 */
public record AwsEdges(MailSource mails, SecretStore secrets, OpsItemSink opsItems) {

    public AwsEdges {
        Objects.requireNonNull(mails, "mails");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(opsItems, "opsItems");
    }

    /**
     * Clients with the small URLConnection HTTP client and the default credentials chain;
     * S3 in the function's own (receiving) region, SSM in {@code homeRegion}.
     */
    public static AwsEdges forLambda(String homeRegion) {
        S3Client s3 = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).build();
        SsmClient ssm = SsmClient.builder()
                .region(Region.of(homeRegion))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        return new AwsEdges(new S3MailSource(s3), new SsmSecretStore(ssm), new SsmOpsItemSink(ssm));
    }
}
