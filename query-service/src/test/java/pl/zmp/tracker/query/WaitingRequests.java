package pl.zmp.tracker.query;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

/**
 * A query that may wait for the projections (X-Min-Position) is answered asynchronously when it has to
 * wait: MockMvc then needs the async dispatch to see the answer. Performs the request either way.
 */
public final class WaitingRequests {

    private WaitingRequests() {
    }

    /** The final answer to the request, after its wait if it had one. */
    public static ResultActions perform(MockMvc mvc, RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        return result.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(result)) : answered(result);
    }

    private static ResultActions answered(MvcResult result) {
        return new ResultActions() {
            @Override
            public ResultActions andExpect(ResultMatcher matcher) throws Exception {
                matcher.match(result);
                return this;
            }

            @Override
            public ResultActions andDo(ResultHandler handler) throws Exception {
                handler.handle(result);
                return this;
            }

            @Override
            public MvcResult andReturn() {
                return result;
            }
        };
    }
}
