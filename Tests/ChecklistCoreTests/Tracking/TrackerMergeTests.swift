import Foundation
import Testing

@testable import ChecklistCore

@Suite("Tracker merge")
struct TrackerMergeTests {
  static let base = """
    # 任务跟踪

    本表由市督查室维护。

    ## 卫健委

    - [ ] 加强发热门诊管理 id:t1 due:2021-02-10 src:a.txt:1
    - [ ] 做好院感防控 id:t2 due:2021-02-12 src:a.txt:2
      - 2月5日已部署
    - [ ] 完成全员核酸检测 id:t3 due:2021-02-05 src:a.txt:3

    ## 公安局

    - [ ] 加强交通卡口查验 id:t4 due:2021-02-08 src:a.txt:4

    """

  static func merge(_ ours: String, _ theirs: String, base: String = base) -> TrackerMerge.Result {
    TrackerMerge.merge(
      base: Array(base.utf8),
      ours: Array(ours.utf8),
      theirs: Array(theirs.utf8),
      file: "tasks.md"
    )
  }

  @Test func editsOfDifferentTasksAndProseAlwaysMerge() {
    let ours = Self.base
      .replacingOccurrences(
        of: "- [ ] 加强发热门诊管理 id:t1 due:2021-02-10 src:a.txt:1",
        with: "- [x] 加强发热门诊管理 id:t1 due:2021-02-10 src:a.txt:1 done:2021-02-09"
      )
      .replacingOccurrences(of: "本表由市督查室维护。\n", with: "本表由市督查室维护。\n每周一更新。\n")
    let theirs = Self.base
      .replacingOccurrences(of: "  - 2月5日已部署\n", with: "  - 2月5日已部署\n  - 2月9日区里复查\n")
      .replacingOccurrences(
        of: "id:t4 due:2021-02-08 src:a.txt:4\n",
        with: "id:t4 due:2021-02-08 src:a.txt:4\n- [ ] 区里新增 id:d1\n"
      )
    let result = Self.merge(ours, theirs)
    #expect(result.conflicts == 0)
    #expect(
      result.text
        == Self.base
        .replacingOccurrences(
          of: "- [ ] 加强发热门诊管理 id:t1 due:2021-02-10 src:a.txt:1",
          with: "- [x] 加强发热门诊管理 id:t1 due:2021-02-10 src:a.txt:1 done:2021-02-09"
        )
        .replacingOccurrences(of: "本表由市督查室维护。\n", with: "本表由市督查室维护。\n每周一更新。\n")
        .replacingOccurrences(of: "  - 2月5日已部署\n", with: "  - 2月5日已部署\n  - 2月9日区里复查\n")
        .replacingOccurrences(
          of: "id:t4 due:2021-02-08 src:a.txt:4\n",
          with: "id:t4 due:2021-02-08 src:a.txt:4\n- [ ] 区里新增 id:d1\n"
        )
    )
  }

  @Test func oneTaskEditedOnBothSidesMergesByRules() {
    // Ours: done on the 10th, with a note. Theirs: postponed on the 8th with a reason, a note.
    let ours = Self.base.replacingOccurrences(
      of: "- [ ] 完成全员核酸检测 id:t3 due:2021-02-05 src:a.txt:3\n",
      with: "- [x] 完成全员核酸检测 id:t3 due:2021-02-05 src:a.txt:3 done:2021-02-10\n  - 市里已核验\n"
    )
    let theirs = Self.base.replacingOccurrences(
      of: "- [ ] 完成全员核酸检测 id:t3 due:2021-02-05 src:a.txt:3\n",
      with:
        "- [>] 完成全员核酸检测 id:t3 due:2021-02-05 src:a.txt:3 延期:2021-02-15 postponed:2021-02-08 原因:试剂未到位\n  - 区里申请延期\n"
    )
    let result = Self.merge(ours, theirs)
    #expect(result.conflicts == 0)
    #expect(
      result.text.contains(
        "- [x] 完成全员核酸检测 id:t3 due:2021-02-05 src:a.txt:3 done:2021-02-10 postponed:2021-02-08 "
          + "延期:2021-02-15 原因:试剂未到位\n  - 市里已核验\n  - 区里申请延期\n"
      ),
      "\(result.text)"
    )
  }

  @Test func onlyARealContradictionGetsMarkersAroundThatTask() {
    let ours = Self.base
      .replacingOccurrences(of: "加强交通卡口查验 id:t4", with: "加强全市交通卡口查验 id:t4")
      .replacingOccurrences(of: "- [ ] 做好院感防控 id:t2", with: "- [/] 做好院感防控 id:t2")
    let theirs = Self.base
      .replacingOccurrences(of: "加强交通卡口查验 id:t4", with: "加强城区交通卡口查验 id:t4")
      .replacingOccurrences(of: "id:t1 due:2021-02-10", with: "id:t1 due:2021-02-10 owner:王主任")
    let result = Self.merge(ours, theirs)
    #expect(result.conflicts == 1)
    #expect(
      result.text.hasSuffix(
        """
        ## 公安局

        <<<<<<< ours
        - [ ] 加强全市交通卡口查验 id:t4 due:2021-02-08 src:a.txt:4
        =======
        - [ ] 加强城区交通卡口查验 id:t4 due:2021-02-08 src:a.txt:4
        >>>>>>> theirs

        """
      ),
      "\(result.text)"
    )
    #expect(result.text.contains("- [/] 做好院感防控 id:t2"))
    #expect(result.text.contains("id:t1 due:2021-02-10 owner:王主任 src:a.txt:1\n"))
  }

  @Test func twoStateChangesWithoutDaysContradict() {
    let ours = Self.base.replacingOccurrences(of: "- [ ] 加强发热门诊管理", with: "- [-] 加强发热门诊管理")
    let theirs = Self.base.replacingOccurrences(of: "- [ ] 加强发热门诊管理", with: "- [/] 加强发热门诊管理")
    #expect(Self.merge(ours, theirs).conflicts == 1)
  }

  @Test func proseEditedTwiceMergesLikeText() {
    let ours = Self.base.replacingOccurrences(of: "本表由市督查室维护。", with: "本表由市督查室维护，每周更新。")
    let theirs = Self.base.replacingOccurrences(of: "本表由市督查室维护。", with: "本表由区督查室维护。")
    let result = Self.merge(ours, theirs)
    #expect(result.conflicts == 1)
    #expect(
      result.text.contains(
        "<<<<<<< ours\n本表由市督查室维护，每周更新。\n=======\n本表由区督查室维护。\n>>>>>>> theirs\n"
      )
    )
  }
}
