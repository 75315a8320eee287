package io.oneshelf.payment.gateway;

import com.wechat.pay.java.core.auth.Credential;
import com.wechat.pay.java.core.auth.Validator;
import com.wechat.pay.java.core.exception.HttpException;
import com.wechat.pay.java.core.http.AbstractHttpClient;
import com.wechat.pay.java.core.http.HttpRequest;
import com.wechat.pay.java.core.http.JsonRequestBody;
import com.wechat.pay.java.core.http.OriginalResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The SDK's HTTP client on the JDK's own, sending to the account's base URL: the SDK builds every URL on
 * {@code https://api.mch.weixin.qq.com} and signs its path, and this sends the same path to wherever the API is
 * (the real one, or the sandbox at {@code http://127.0.0.1:port/sandbox/wechatpay}). Answer headers are passed on
 * under their canonical names (Wechatpay-Signature …), as the SDK looks them up.
 */
final class JdkHttpTransport extends AbstractHttpClient {

    private static final String SDK_BASE = "https://api.mch.weixin.qq.com";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    JdkHttpTransport(Credential credential, Validator validator, String baseUrl) {
        super(credential, validator);
        this.baseUrl = baseUrl;
    }

    @Override
    protected OriginalResponse innerExecute(HttpRequest request) {
        String body = request.getBody() instanceof JsonRequestBody json ? json.getBody() : null;
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(target(request.getUri()))
                .timeout(Duration.ofSeconds(10))
                .method(request.getHttpMethod().name(), body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        request.getHeaders().getHeaders().forEach(builder::header);
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new HashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(canonical(name), values.get(0)));
            return new OriginalResponse.Builder().request(request).statusCode(response.statusCode())
                    .headers(headers).contentType(response.headers().firstValue("Content-Type").orElse(null))
                    .body(response.body()).build();
        } catch (IOException e) {
            throw new HttpException(request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpException(request, new IOException("interrupted", e));
        }
    }

    @Override
    protected InputStream innerDownload(HttpRequest request) {
        throw new UnsupportedOperationException("No downloads");
    }

    @Override
    protected String getHttpClientInfo() {
        return "java.net.http/" + Runtime.version().feature();
    }

    private URI target(URI sdk) {
        String url = sdk.toString();
        return URI.create(url.startsWith(SDK_BASE) ? baseUrl + url.substring(SDK_BASE.length()) : url);
    }

    /** wechatpay-signature -> Wechatpay-Signature. */
    private static String canonical(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("-")) {
            if (!sb.isEmpty()) {
                sb.append('-');
            }
            if (!part.isEmpty()) {
                sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }
}
