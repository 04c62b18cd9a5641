package pl.zmp.tracker.command.municipality;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.command.SignedIn;
import pl.zmp.tracker.command.axon.CommandDispatcher;
import pl.zmp.tracker.command.axon.CommandOptions;
import pl.zmp.tracker.command.axon.CommandReceipt;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** If-Match and Idempotency-Key as every command endpoint reads them (shown on one endpoint). */
@SignedIn
@WebMvcTest(controllers = MunicipalityCommandController.class, properties = "spring.config.name=command-service")
class CommandHeadersTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CommandDispatcher dispatcher;

    @Test
    void passesExpectedVersionFromIfMatch() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt("id", 4, 9));

        send(register().header("If-Match", "\"3\"")).andExpect(status().isCreated());
        send(register().header("If-Match", "W/\"3\"")).andExpect(status().isCreated());

        verify(dispatcher, org.mockito.Mockito.times(2)).dispatch(any(), eq(new CommandOptions(3L, null)));
    }

    @Test
    void passesIdempotencyKey() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenReturn(new CommandReceipt("id", 0, 9));

        send(register().header("Idempotency-Key", "retry-7f3a")).andExpect(status().isCreated());

        verify(dispatcher).dispatch(any(), eq(CommandOptions.idempotent("retry-7f3a")));
    }

    @Test
    void rejectsIfMatchThatIsNotAVersion() throws Exception {
        send(register().header("If-Match", "\"abc\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        verifyNoInteractions(dispatcher);
    }

    @Test
    void rejectsIdempotencyKeyWithSpaces() throws Exception {
        send(register().header("Idempotency-Key", "two words"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        verifyNoInteractions(dispatcher);
    }

    @Test
    void answersStaleVersionWith409() throws Exception {
        when(dispatcher.dispatch(any(), any())).thenThrow(
                new org.axonframework.modelling.command.ConflictingAggregateVersionException("id", 3, 5));

        send(register().header("If-Match", "\"3\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"));
    }

    private static MockHttpServletRequestBuilder register() {
        return post("/api/municipalities").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Warszawa\",\"tercCode\":\"1465011\"}");
    }

    private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request);
    }
}
