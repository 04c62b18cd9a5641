package pl.zmp.tracker.platform.testing;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The contract checker finds what a document and an answer disagree on, and what no test called. */
class ApiContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.0.1", "info": {"title": "t", "version": "1"},
             "paths": {
               "/api/things/{id}": {"get": {
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                 "responses": {
                   "200": {"description": "ok", "content": {"application/json": {"schema": {
                     "type": "object", "required": ["name"],
                     "properties": {"name": {"type": "string"}, "note": {"type": "string", "nullable": true}}}}}},
                   "404": {"description": "none", "content": {"application/problem+json": {"schema": {
                     "type": "object", "required": ["status"], "properties": {"status": {"type": "integer"}}}}}}}}},
               "/api/others": {"get": {"responses": {"200": {"description": "ok"}}}}}}
            """;

    @Test
    void acceptsAnswersAsDocumentedAndCountsWhatWasCalled() {
        ApiContract contract = ApiContract.of(DOCUMENT);
        contract.check(answer("/api/things/1", 200, "application/json", "{\"name\":\"a\",\"note\":null}"));
        contract.check(answer("/api/things/2", 404, "application/problem+json", "{\"status\":404}"));

        assertThatThrownBy(contract::assertHonoured)
                .hasMessageContaining("GET /api/others: no successful answer was checked")
                .hasMessageNotContaining("GET /api/things/{id}");
    }

    @Test
    void failsOnABodyTheSchemaRefuses() {
        ApiContract contract = ApiContract.of(DOCUMENT);
        contract.check(answer("/api/things/1", 200, "application/json", "{\"name\":null}"));

        assertThatThrownBy(contract::assertHonoured).hasMessageContaining("GET /api/things/1 → 200")
                .hasMessageContaining("validation.response.body.schema");
    }

    @Test
    void failsOnAnUndocumentedStatusOrContentType() {
        ApiContract contract = ApiContract.of(DOCUMENT);
        contract.check(answer("/api/things/1", 409, "application/problem+json", "{\"status\":409}"));
        contract.check(answer("/api/things/1", 200, "text/csv", "name\na"));

        assertThatThrownBy(contract::assertHonoured)
                .hasMessageContaining("validation.response.status.unknown")
                .hasMessageContaining("validation.response.contentType.notAllowed");
    }

    @Test
    void passesWhenEveryOperationAnsweredAsDocumented() {
        ApiContract contract = ApiContract.of(DOCUMENT);
        contract.check(answer("/api/things/1", 200, "application/json", "{\"name\":\"a\"}"));
        contract.check(answer("/api/things/2", 404, "application/problem+json", "{\"status\":404}"));
        contract.check(answer("/api/others", 200, null, ""));
        contract.check(answer("/api/others", 404, null, ""));

        assertThatThrownBy(contract::assertHonoured).hasMessageContaining("validation.response.status.unknown");
        ApiContract honoured = ApiContract.of(DOCUMENT.replace("\"200\": {\"description\": \"ok\"}}",
                "\"200\": {\"description\": \"ok\"}, \"404\": {\"description\": \"none\"}}"));
        honoured.check(answer("/api/things/1", 200, "application/json", "{\"name\":\"a\"}"));
        honoured.check(answer("/api/things/2", 404, "application/problem+json", "{\"status\":404}"));
        honoured.check(answer("/api/others", 200, null, ""));
        honoured.check(answer("/api/others", 404, null, ""));
        assertThatCode(honoured::assertHonoured).doesNotThrowAnyException();
    }

    private static MvcResult answer(String path, int status, String contentType, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream();
        try {
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        MvcResult result = mock(MvcResult.class);
        when(result.getRequest()).thenReturn(request);
        when(result.getResponse()).thenReturn(response);
        return result;
    }
}
