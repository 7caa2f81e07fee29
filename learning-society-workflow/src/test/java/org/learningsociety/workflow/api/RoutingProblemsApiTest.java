package org.learningsociety.workflow.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * An address, method or content type no endpoint of the API takes is answered, like every other error
 * under the API, as a Vietnamese problem; the host application's own addresses are left to it.
 */
class RoutingProblemsApiTest extends ApiContextTest {

    @Test
    void anUnknownAddressIsANoSuchRouteProblem() throws Exception {
        mvc.perform(get(API + "/nothing").with(thanhDong()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://learning-society.github.io/problems/no-such-route"))
                .andExpect(jsonPath("$.code").value("NO_SUCH_ROUTE"))
                .andExpect(jsonPath("$.title").value("Không có địa chỉ này"))
                .andExpect(jsonPath("$.value").value(API + "/nothing"));
    }

    @Test
    void postingToAnUnknownAddressIsANoSuchRouteProblemToo() throws Exception {
        mvc.perform(post(API + "/nothing/here").with(thanhDong()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NO_SUCH_ROUTE"));
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsAMethodNotAllowedProblemWithAllow() throws Exception {
        mvc.perform(delete(API + "/units/" + THANH_DONG).with(thanhDong()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"))
                .andExpect(jsonPath("$.detail", containsString("không nhận phương thức DELETE")))
                .andExpect(header().string("Allow", containsString("GET")));
    }

    @Test
    void aBodyOfAnotherContentTypeIsAnUnsupportedMediaTypeProblem() throws Exception {
        mvc.perform(post(API + "/subjects").with(thanhDong()).contentType(MediaType.TEXT_PLAIN).content("hộ gia đình"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void anUnknownAddressWithoutCredentialsStaysUnauthenticated() throws Exception {
        mvc.perform(get(API + "/nothing"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void theHostApplicationsOwnUnknownAddressesAreLeftToIt() throws Exception {
        mvc.perform(get("/not-the-api/nothing").with(thanhDong()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("NO_SUCH_ROUTE"))));
    }
}
