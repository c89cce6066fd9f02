import QtQuick
import QtTest
import Promenade

// An environment card keeps its name whole: the promotion badge leaves the name's line when
// both do not fit (a long name, or a language whose badge text is longer).
TestCase {
    id: testCase
    name: "EnvironmentCard"
    when: windowShown
    visible: true
    width: 420
    height: 300

    EnvironmentCard {
        id: card
        width: 400
        stage: 1
        promotion: "commit"
    }

    function childNamed(item, objectName) {
        if (!item)
            return null
        if (item.objectName === objectName)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = childNamed(item.children[i], objectName)
            if (found)
                return found
        }
        return null
    }

    function test_badgeBesideAShortName() {
        card.name = "staging"
        waitForRendering(card)
        verify(childNamed(card, "promotionBadgeBesideName").visible)
        verify(!childNamed(card, "promotionBadgeBelowName").visible)
        verify(!childNamed(card, "environmentName").truncated)
    }

    function test_badgeMovesBelowALongName() {
        card.name = "production-europe-west-1"
        waitForRendering(card)
        verify(!childNamed(card, "promotionBadgeBesideName").visible)
        verify(childNamed(card, "promotionBadgeBelowName").visible)
        verify(!childNamed(card, "environmentName").truncated, "the name is shown whole")
    }
}
