//! The minutes written from a long conference record, as the editor does after each edit
//! of the record (the clerk types while people speak), and a KẾT LUẬN derived from it.
//! Record: the template's, grown to 10 agenda items of 20 interventions (≈ 600 characters
//! each), 3 tasks each. Target: refresh < 5 ms (far under a frame), derive < 20 ms.
//! Run: cargo bench --bench record

use vanban::derive::{derive, refresh_minutes, Target};
use vanban::model::{Clock, Document, Intervention, Paragraph};

fn main() {
    divan::main();
}

fn long_record() -> Document {
    let mut doc = vanban::templates::find("bien-ban-hoi-nghi")
        .and_then(|t| t.document())
        .expect("template");
    let said = "Thống nhất với nội dung báo cáo; đề nghị bổ sung đánh giá kết quả thực hiện các chỉ tiêu chủ yếu, làm rõ nguyên nhân của những hạn chế, trách nhiệm của từng cơ quan, đơn vị và giải pháp khắc phục trong thời gian tới. ".repeat(3);
    if let Some(c) = &mut doc.conference {
        let first = c.agenda[0].clone();
        c.agenda = (0..10)
            .map(|i| {
                let mut item = first.clone();
                item.title = format!("Nội dung thứ {}", i + 1);
                item.discussion = (0..20)
                    .map(|k| Intervention {
                        speaker: c.members[k % c.members.len()].name.clone(),
                        at: Clock::new(8 + (k / 6) as u8, (k * 10 % 60) as u8),
                        text: Paragraph::plain(said.clone()),
                    })
                    .collect();
                item.tasks.push(item.tasks[0].clone());
                item
            })
            .collect();
    }
    doc
}

#[divan::bench(sample_count = 50)]
fn refresh(bencher: divan::Bencher) {
    let doc = long_record();
    bencher
        .with_inputs(|| doc.clone())
        .bench_local_values(|mut d| {
            refresh_minutes(&mut d);
            d
        });
}

#[divan::bench(sample_count = 50)]
fn derive_ket_luan(bencher: divan::Bencher) {
    let doc = long_record();
    bencher.bench(|| derive(divan::black_box(&doc), Target::KetLuan, "hn.ron").expect("derives"));
}
