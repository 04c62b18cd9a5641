package pl.zmp.tracker.command.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.command.CommandServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An ordinary refusal is one line at INFO in the log, without a stack trace. */
@CommandServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RefusalLoggingTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aRefusedCommandLogsOneLineWithoutAStack(CapturedOutput output) throws Exception {
        int before = output.getOut().length();

        mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nysa\",\"tercCode\":\"1610044\"}"))
                .andExpect(status().isUnprocessableEntity());

        String logged = output.getOut().substring(before);
        assertThat(logged.lines().filter(line -> line.contains("NAME_CONTRADICTS_REGISTER")))
                .singleElement().asString()
                .contains("INFO").contains("Refused POST /api/municipalities: 422 NAME_CONTRADICTS_REGISTER");
        assertThat(logged).doesNotContain("CommandRejectedException").doesNotContain("\tat ");
    }
}
