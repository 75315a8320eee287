package io.oneshelf.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of tests that talk to a real running server over HTTP, on the embedded PostgreSQL shared by the test
 * JVM. Tests never clean the database: each one makes its own brand ({@link BrandFixture}) with fresh ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApiTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected BrandFixture brands;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api("http://127.0.0.1:" + port);
    }
}
