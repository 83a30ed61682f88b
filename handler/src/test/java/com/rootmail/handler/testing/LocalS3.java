package com.rootmail.handler.testing;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** s3proxy in-process on loopback, started once per test JVM (it takes about a second). */
public final class LocalS3 {

    static final String ACCESS_KEY = "local-access";
    static final String SECRET_KEY = "local-secret";
    private static S3Proxy proxy;

    private LocalS3() {
    }

    public static synchronized URI endpoint() {
        if (proxy == null) {
            try {
                S3Proxy started = S3Proxy.builder()
                        .blobStore(new TransientNio2BlobStore())
                        .endpoint(URI.create("http://127.0.0.1:0"))
                        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                        .build();
                started.start();
                while (!"STARTED".equals(started.getState())) {
                    Thread.sleep(10);
                }
                proxy = started;
            } catch (Exception e) {
                throw new IllegalStateException("s3proxy did not start", e);
            }
        }
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** A real SDK client for the local server, as the handler builds it (URLConnection HTTP client). */
    public static S3Client client() {
        return S3Client.builder()
                .endpointOverride(endpoint())
                .forcePathStyle(true)
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Creates the bucket unless it is there: the tests of one JVM share them. */
    public static void bucket(String bucket) {
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (S3Exception alreadyThere) {
            if (alreadyThere.statusCode() != 409) {
                throw alreadyThere;
            }
        }
    }

    public static void put(String bucket, String key, byte[] content) {
        bucket(bucket);
        try (S3Client s3 = client()) {
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
        }
    }
}
