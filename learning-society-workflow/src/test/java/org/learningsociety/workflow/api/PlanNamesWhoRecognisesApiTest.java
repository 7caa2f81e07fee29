package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitLevel;
import org.learningsociety.workflow.officer.OfficerRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Who recognises is the plans' to say: a commune whose plan names its association (as Thái Bình's
 * 29/KH-KHKH does for its province) has its titles recognised by decisions of the association, and only
 * the body that issued a decision may revoke it; next door, where no plan says, the People's Committee
 * recognises and revokes.
 */
class PlanNamesWhoRecognisesApiTest extends ApiContextTest {

    /** A province made for this test, whose plan names the association (as Thái Bình's does), and its commune. */
    private static final String PROVINCE = "98";
    private static final String COMMUNE = "98001";

    @Autowired
    UnitDirectory units;
    @Autowired
    Recognising recognising;

    private static final String PLAN = """
            schema: learning-society/plan/v1
            id: xa-thu-nghiem-khuyen-hoc-2026
            version: 1
            status: ISSUED
            programme: PROGRAMME_387
            parent: programme-387
            issuer: Ban Thường vụ Hội Khuyến học tỉnh Thử Nghiệm
            number: 12/KH-KHKH
            issuedOn: 2026-01-15
            title: Kế hoạch xây dựng các mô hình học tập giai đoạn 2026–2030
            scope: { unitCode: "98", level: PROVINCE, unitName: Tỉnh Thử Nghiệm }
            phases:
              - { code: "2026-2030", fromYear: 2026, toYear: 2030, name: Giai đoạn 2026-2030 }
            indicators: []
            targets: []
            recognition:
              by: ASSOCIATION
              statedAs: "Các cấp Hội Khuyến học đánh giá, xếp loại, công nhận các mô hình học tập"
            """;

    private void commune() throws Exception {
        if (unitRepository.findByCode(COMMUNE, LocalDate.of(2026, 1, 1)).isPresent()) {
            return;
        }
        AdministrativeUnit province = province(PROVINCE, "Tỉnh Thử Nghiệm");
        unitRepository.add(new AdministrativeUnit(unitRepository.nextId(), COMMUNE, "Xã Thử Nghiệm",
                UnitLevel.COMMUNE, province.id(), Period.from(LocalDate.of(2025, 7, 1)), null));
        MockHttpServletResponse created = mvc.perform(post(API + "/plans").with(admin())
                .contentType("application/yaml").content(PLAN.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        user("hk.thunghiem", OfficerRole.ASSOCIATION.groupId(COMMUNE));
        user("ubnd.thunghiem", OfficerRole.PEOPLES_COMMITTEE.groupId(COMMUNE));
    }

    private String village() throws Exception {
        String code = COMMUNE + (int) (100 + Math.random() * 800);
        mvc.perform(post(API + "/units").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", code, "name", "Thôn " + code, "level", "VILLAGE",
                                "parentCode", COMMUNE, "validFrom", "2026-01-01"))))
                .andExpect(status().isCreated());
        return code;
    }

    /** A family of {@code village} verified with full marks in 2026 by {@code officer}; its registration's id. */
    private long verifiedFamily(String village, org.springframework.test.web.servlet.request.RequestPostProcessor officer)
            throws Exception {
        long registration = registerFor(addSubject(village, "FAMILY", "Hộ ông Vũ Văn Tiến",
                village + "-" + java.util.UUID.randomUUID()), 2026);
        String marks = fullMarks("FAMILY", 2026);
        for (String step : new String[] {"self-assessment", "verification"}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .put(API + "/registrations/" + registration + "/" + step).with(officer)
                            .contentType(MediaType.APPLICATION_JSON).content(marks))
                    .andExpect(status().isOk());
        }
        return registration;
    }

    private MockHttpServletResponse revoke(long registration,
            org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
        return mvc.perform(post(API + "/registrations/" + registration + "/revocation").with(who)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("reason", "Hồ sơ kê khai không đúng sự thật"))))
                .andReturn().getResponse();
    }

    @Test
    void whereThePlanNamesTheAssociationItsDecisionRecognisesAndOnlyItRevokesIt() throws Exception {
        commune();
        var association = httpBasic("hk.thunghiem", "secret");
        long registration = verifiedFamily(village(), association);

        Decision decision = recognising.recognise(new NewDecision("05/QĐ-KH", LocalDate.of(2026, 12, 5),
                        "Nguyễn Thị Hằng", COMMUNE), 2026, LearningModel.FAMILY,
                List.of(new RegistrationId(registration)), Map.of());

        assertThat(decision.issuingBody()).isEqualTo(BodyKind.ASSOCIATION);
        mvc.perform(get(API + "/decisions/" + decision.id().value()).with(association))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.issuingBody").value("ASSOCIATION"))
                .andExpect(jsonPath("$.decision.issuingBodyName").value("Hội Khuyến học Xã Thử Nghiệm"));
        // the certificate is the association's
        MockHttpServletResponse certificate = mvc.perform(get(API + "/registrations/" + registration
                + "/certificate.pdf").with(association)).andReturn().getResponse();
        assertThat(certificate.getStatus()).isEqualTo(200);

        // the commune's People's Committee may not revoke what the association recognises here
        MockHttpServletResponse refused = revoke(registration, httpBasic("ubnd.thunghiem", "secret"));
        assertThat(refused.getStatus()).isEqualTo(403);
        JsonNode problem = json.readTree(refused.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("detail").asText()).startsWith("Quyết định công nhận số 05/QĐ-KH do Hội Khuyến học"
                + " Xã Thử Nghiệm ban hành; chỉ cán bộ của cơ quan này được thu hồi công nhận");

        MockHttpServletResponse revoked = revoke(registration, association);
        assertThat(revoked.getStatus()).isEqualTo(200);
        assertThat(json.readTree(revoked.getContentAsString(StandardCharsets.UTF_8)).path("status").asText())
                .isEqualTo("NOT_RECOGNISED");
    }

    @Test
    void whereNoPlanSaysThePeoplesCommitteeRecognisesAndOnlyItRevokes() throws Exception {
        String village = newVillage();
        long registration = verifiedFamily(village, thanhDong());

        Decision decision = recognising.recognise(new NewDecision("306/QĐ-UBND-" + village,
                        LocalDate.of(2026, 12, 10), "Chủ tịch UBND phường Trần Văn An", THANH_DONG), 2026,
                LearningModel.FAMILY, List.of(new RegistrationId(registration)), Map.of());
        assertThat(decision.issuingBody()).isEqualTo(BodyKind.PEOPLES_COMMITTEE);

        MockHttpServletResponse refused = revoke(registration, thanhDong());
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(json.readTree(refused.getContentAsString(StandardCharsets.UTF_8)).path("detail").asText())
                .startsWith("Quyết định công nhận số 306/QĐ-UBND-" + village + " do Ủy ban nhân dân Phường Thành Đông"
                        + " ban hành");
        assertThat(revoke(registration, ubndThanhDong()).getStatus()).isEqualTo(200);
    }
}
