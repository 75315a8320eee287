package io.oneshelf.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.springframework.util.FileSystemUtils;

/**
 * Generates a Java client from the LIVE description with the standard OpenAPI Generator (java, library native),
 * compiles it together with a scenario written against the generated classes ({@code
 * src/test/resources/generated-client/StockScenario.java}, so the scenario is type-checked against the contract
 * here), and drives it against this server: sign in, a category, a product with SKUs, a receipt, a transfer
 * shipped and received, a reservation. A contract that loses a body, a field or a parameter fails here.
 */
class GeneratedClientTest extends ApiTest {

    private static final Path WORK = Path.of("target", "generated-client");
    private static final String SCENARIO = "io.oneshelf.client.scenario.StockScenario";

    @Test
    void a_client_generated_from_the_live_description_drives_a_stock_scenario_without_losing_data()
            throws Exception {
        Brand brand = brands.aBrand();
        Path sources = generate(spec());
        Path classes = compile(sources);

        Map<String, Object> seen = run(classes, Map.of("baseUri", api.base(), "login", brand.login("admin"),
                "password", BrandFixture.PASSWORD, "storeId", brand.storeId().toString(),
                "warehouseId", brand.warehouseId().toString()));

        assertThat(seen).containsEntry("categoryCreated", true).containsEntry("productSkus", 2)
                .containsEntry("receiptQuantity", 40L)
                .containsEntry("requestedQuantity", 5L).containsEntry("shippedQuantity", 5L)
                .containsEntry("receivedQuantity", 4L).containsEntry("discrepancy", -1L)
                .containsEntry("transferStatus", "RECEIVED")
                .containsEntry("reservedQuantity", 3L).containsEntry("reservationStatus", "HELD")
                .containsEntry("sameReservationOnRepeat", true)
                .containsEntry("apiClientSecretShown", true).containsEntry("problemStatus", 404);
    }

    private Path spec() throws IOException {
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Path spec = WORK.resolve("openapi.json");
        Files.writeString(spec, api.get("/api/openapi.json", null).raw());
        return spec;
    }

    private static Path generate(Path spec) {
        Path out = WORK.resolve("client");
        CodegenConfigurator config = new CodegenConfigurator().setGeneratorName("java").setLibrary("native")
                .setInputSpec(spec.toString()).setOutputDir(out.toString())
                .setInvokerPackage("io.oneshelf.client").setApiPackage("io.oneshelf.client.api")
                .setModelPackage("io.oneshelf.client.model")
                .addAdditionalProperty("useJakartaEe", true).addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("hideGenerationTimestamp", true);
        DefaultGenerator generator = new DefaultGenerator();
        generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_TESTS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.API_TESTS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_DOCS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.API_DOCS, "false");
        generator.opts(config.toClientOptInput()).generate();
        return out.resolve("src/main/java");
    }

    private static Path compile(Path sources) throws IOException {
        Path scenario = sources.resolve(SCENARIO.replace('.', '/') + ".java");
        Files.createDirectories(scenario.getParent());
        try (InputStream in = GeneratedClientTest.class.getResourceAsStream("/generated-client/StockScenario.java")) {
            Files.write(scenario, in.readAllBytes());
        }
        List<String> files;
        try (Stream<Path> all = Files.walk(sources)) {
            files = all.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        Path classes = Files.createDirectories(WORK.resolve("classes"));
        List<String> options = List.of("-classpath", classpath(), "-d", classes.toString(), "-proc:none",
                "-nowarn", "-encoding", "UTF-8", "--release", "17");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = javac.getTask(errors, null, null, options, null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                        .getJavaFileObjectsFromStrings(files)).call();
        assertThat(compiled).as("the generated client and the scenario compile:%n%s", errors).isTrue();
        return classes;
    }

    /** Surefire runs tests through a manifest-only jar; it hands the real class path over in this property. */
    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(Path classes, Map<String, String> parameters) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()},
                GeneratedClientTest.class.getClassLoader())) {
            Object scenario = loader.loadClass(SCENARIO).getDeclaredConstructor().newInstance();
            return ((Function<Map<String, String>, Map<String, Object>>) scenario).apply(parameters);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
