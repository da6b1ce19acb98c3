package org.tianbao.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DepartmentSuggestionsTest {

    private static final List<String> DICTIONARY = List.of("县委宣传部", "县科技局", "县科学技术协会",
            "县市场监督管理局", "县市场监督管理局（知识产权局）", "县财政局", "人民银行县支行");

    @Test
    void prefixIgnoringTheCountyPrefixComesFirst() {
        assertThat(DepartmentSuggestions.suggest("科", DICTIONARY, Set.of()))
                .containsExactly("县科技局", "县科学技术协会");
    }

    @Test
    void charactersInOrderFindLongNames() {
        assertThat(DepartmentSuggestions.suggest("市监", DICTIONARY, Set.of()))
                .containsExactly("县市场监督管理局", "县市场监督管理局（知识产权局）");
        assertThat(DepartmentSuggestions.suggest("知识产权", DICTIONARY, Set.of()))
                .containsExactly("县市场监督管理局（知识产权局）");
    }

    @Test
    void chosenNamesAndEmptyInputOfferNothing() {
        assertThat(DepartmentSuggestions.suggest("科技局", DICTIONARY, Set.of("县科技局"))).isEmpty();
        assertThat(DepartmentSuggestions.suggest("科技", DICTIONARY, Set.of("县科技局"))).containsExactly("县科学技术协会");
        assertThat(DepartmentSuggestions.suggest("  ", DICTIONARY, Set.of())).isEmpty();
        assertThat(DepartmentSuggestions.suggest("银行", DICTIONARY, Set.of())).containsExactly("人民银行县支行");
    }
}
