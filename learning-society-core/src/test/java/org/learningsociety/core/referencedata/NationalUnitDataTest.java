package org.learningsociety.core.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.unit.Succession;

/** The National Statistics Office's lists, as shipped, read completely. */
class NationalUnitDataTest {

    private static NationalUnitData data;

    @BeforeAll
    static void read() {
        data = NationalUnitData.read(NationalUnitData.Source.shipped());
    }

    @Test
    void beforeTheReformThereAre63ProvincesTheirDistrictsAnd10056Communes() {
        assertThat(data.oldProvinces()).hasSize(63);
        assertThat(data.oldDistricts()).hasSize(696);
        assertThat(data.beforeRows()).isEqualTo(10_056);
        // five island districts have no communes and stand on a row of their own
        assertThat(data.oldCommunes()).hasSize(10_051);
        assertThat(data.oldDistricts().get("318").name()).isEqualTo("Huyện Bạch Long Vĩ");
    }

    @Test
    void afterTheReformThereAre34ProvincesAnd3321Communes() {
        assertThat(data.newProvinces()).hasSize(34);
        assertThat(data.newCommunes()).hasSize(3_321);
    }

    @Test
    void haiPhongHas114CommunesAfterTheReformFormedFromHaiDuongAndItself() {
        assertThat(data.newCommunes().values().stream().filter(c -> c.provinceCode().equals("31"))).hasSize(114);
        assertThat(data.oldProvincesFeeding("31")).containsExactlyInAnyOrder("30", "31");
        assertThat(data.newProvinces().get("31").name()).isEqualTo("Thành phố Hải Phòng");
    }

    @Test
    void code10507IsCamThuongBeforeAndThanhDongAfter() {
        assertThat(data.oldCommunes().get("10507").name()).isEqualTo("Phường Cẩm Thượng");
        assertThat(data.oldCommunes().get("10507").districtCode()).isEqualTo("288");
        assertThat(data.newCommunes().get("10507").name()).isEqualTo("Phường Thành Đông");
        assertThat(data.conversions()).anySatisfy(c -> {
            assertThat(c.newCommuneCode()).isEqualTo("10507");
            assertThat(c.oldCommuneCode()).isEqualTo("10507");
            assertThat(c.kind()).isEqualTo(Succession.Kind.WHOLE);
        });
    }

    @Test
    void partialMergesAreTold() {
        long partial = data.conversions().stream().filter(c -> c.kind() == Succession.Kind.PARTIAL).count();
        long whole = data.conversions().stream().filter(c -> c.kind() == Succession.Kind.WHOLE).count();
        assertThat(partial).isEqualTo(968L); // every "một phần" and "phần còn lại" note, counted independently
        assertThat(whole + partial).isEqualTo(data.conversions().size());
    }

    @Test
    void notesAreReadAsWholeOrPartial() {
        assertThat(NationalUnitData.kindOf("Nhập toàn bộ")).isEqualTo(Succession.Kind.WHOLE);
        assertThat(NationalUnitData.kindOf("Giữ nguyên ")).isEqualTo(Succession.Kind.WHOLE);
        assertThat(NationalUnitData.kindOf("Nhập một phần diện tích")).isEqualTo(Succession.Kind.PARTIAL);
        assertThat(NationalUnitData.kindOf("Nhâp một phần diện tích")).isEqualTo(Succession.Kind.PARTIAL);
        assertThat(NationalUnitData.kindOf("Phần còn lại sau khi tách một phần vào xã Canh Vinh"))
                .isEqualTo(Succession.Kind.PARTIAL);
    }
}
