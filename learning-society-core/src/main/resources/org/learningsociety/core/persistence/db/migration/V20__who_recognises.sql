-- Who recognises titles is the plans' to say (issue 18): a plan may name the body that issues the
-- yearly recognition decisions in its area (Thái Bình's association plan 29/KH-KHKH: "các cấp Hội …
-- công nhận các danh hiệu"), with the signature's words; a plan that does not say leaves the column
-- empty and its parent's word, else the People's Committee, applies.
ALTER TABLE ls_plan ADD COLUMN recognised_by VARCHAR(32);
ALTER TABLE ls_plan ADD COLUMN recognition_on_behalf_of VARCHAR(200);
ALTER TABLE ls_plan ADD COLUMN recognition_signer_title VARCHAR(200);
ALTER TABLE ls_plan ADD COLUMN recognition_stated_as VARCHAR(2000);

-- The body that issued a decision, kept as issued. Every decision before this version was issued by
-- the People's Committee of its unit (the only body the library knew).
ALTER TABLE ls_decision ADD COLUMN issuing_body VARCHAR(32) DEFAULT 'PEOPLES_COMMITTEE' NOT NULL;
