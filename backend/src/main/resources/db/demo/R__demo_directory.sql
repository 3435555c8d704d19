-- =============================================================================================
-- Demo directory data: streets, institutions, departments, family-doctor teams and doctors of
-- Changning district (see docs/domain.md, "Institutions of Changning").
--
-- FOR DEV AND TESTS ONLY. This file lives in db/demo, which only the dev and test profiles add
-- to quarkus.flyway.locations; production (the default locations, classpath:db/migration) never
-- loads it. The streets and institutions are real; the people are not: every doctor, nurse and
-- team leader is invented and their names belong to no real person (华阳's studio is named in
-- the district plans after a real doctor; here it is led by a fictional one). Addresses are
-- plausible but unverified, house numbers of centres and stations are made up, and every
-- phone number is invented.
--
-- Why a repeatable migration (R__): demo data is edited as the product grows, and a versioned
-- migration could never be changed once applied. Flyway re-runs this file after the versioned
-- migrations whenever its text (checksum) changes, on a database where an earlier version of it
-- has already run. So every statement is an upsert keyed by the natural code:
--   * new rows get an id from gen_random_uuid(); existing rows keep their id, so everything
--     that refers to them (signings, bookings, ...) stays valid across re-runs;
--   * foreign keys are looked up by code with sub-selects, never by hard-coded UUIDs;
--   * an update only touches a row whose values differ (IS DISTINCT FROM), so updated_at
--     moves only for rows this file really changes;
--   * rows removed from this file are NOT deleted from databases that already have them;
--     write a DELETE here (children first) if a demo row must go.
-- Statements run in foreign-key order: streets, centres, branch and stations, hospitals,
-- departments, teams, doctors. If a later versioned migration adds a NOT NULL column without
-- a default to one of these tables, this file must be edited in the same change.
--
-- Codes are the stable keys: ASCII, upper case, at most 32 characters. Doctor codes are
-- DR-<institution code without its CHC-/HOSP-/CITY- prefix>-<4 digits>.
-- =============================================================================================

-- ---------------------------------------------------------------------------------------------
-- 1. Streets (街道) and the town (镇) of the district: 9 streets and 新泾镇.
-- ---------------------------------------------------------------------------------------------
INSERT INTO street (id, code, name, kind)
VALUES
    (gen_random_uuid(), 'HUAYANG',      '华阳路街道',   'STREET'),
    (gen_random_uuid(), 'JIANGSU',      '江苏路街道',   'STREET'),
    (gen_random_uuid(), 'XINHUA',       '新华路街道',   'STREET'),
    (gen_random_uuid(), 'ZHOUJIAQIAO',  '周家桥街道',   'STREET'),
    (gen_random_uuid(), 'TIANSHAN',     '天山路街道',   'STREET'),
    (gen_random_uuid(), 'XIANXIA',      '仙霞新村街道', 'STREET'),
    (gen_random_uuid(), 'HONGQIAO',     '虹桥街道',     'STREET'),
    (gen_random_uuid(), 'CHENGJIAQIAO', '程家桥街道',   'STREET'),
    (gen_random_uuid(), 'BEIXINJING',   '北新泾街道',   'STREET'),
    (gen_random_uuid(), 'XINJING',      '新泾镇',       'TOWN')
ON CONFLICT (code) DO UPDATE SET
    name = EXCLUDED.name,
    kind = EXCLUDED.kind
WHERE (street.name, street.kind)
      IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind);

-- ---------------------------------------------------------------------------------------------
-- 2. Community health service centres (社区卫生服务中心): one per street, each with its
--    signature service ("one centre, one brand").
-- ---------------------------------------------------------------------------------------------
INSERT INTO institution (id, code, name, short_name, type, level, parent_id, street_id,
                         address, phone, signature_service, introduction)
SELECT gen_random_uuid(), v.code, v.name, v.short_name, 'COMMUNITY_CENTRE', 'PRIMARY', NULL,
       (SELECT s.id FROM street s WHERE s.code = v.street),
       v.address, v.phone, v.signature_service, v.introduction
FROM (VALUES
    ('CHC-XINHUA',       'XINHUA',       '长宁区新华街道社区卫生服务中心',   '新华社区',   '上海市长宁区法华镇路618号', '021-62811618', '社区心脏康复',                     '新华社区卫生服务中心以社区心脏康复为特色，为冠心病、心力衰竭术后和稳定期居民提供评估、运动处方和长期随访。'),
    ('CHC-JIANGSU',      'JIANGSU',      '长宁区江苏街道社区卫生服务中心',   '江苏社区',   '上海市长宁区愚园路1128号',  '021-62521128', '儿童中医适宜技术（童宝稚康园）',   '江苏社区卫生服务中心以儿童中医适宜技术为特色，开设小儿推拿、中医体质调理等服务，守护辖区儿童健康。'),
    ('CHC-HUAYANG',      'HUAYANG',      '长宁区华阳街道社区卫生服务中心',   '华阳社区',   '上海市长宁区华阳路216号',   '021-62401216', '全科名医精品工作室',               '华阳社区卫生服务中心以全科名医精品工作室为特色，由资深全科医生领衔，带教家庭医生团队服务辖区居民。'),
    ('CHC-ZHOUJIAQIAO',  'ZHOUJIAQIAO',  '长宁区周家桥街道社区卫生服务中心', '周家桥社区', '上海市长宁区长宁路2067号',  '021-62592067', '社区儿科（儿科医联体）',           '周家桥社区卫生服务中心以社区儿科为特色，与上级儿科医院组建医联体，让辖区儿童在家门口看上儿科。'),
    ('CHC-TIANSHAN',     'TIANSHAN',     '长宁区天山街道社区卫生服务中心',   '天山社区',   '上海市长宁区天山路690号',   '021-62750690', '整链式社区护理',                   '天山社区卫生服务中心以整链式社区护理为特色，提供门诊护理、居家护理和家庭病床等连续护理服务。'),
    ('CHC-XIANXIA',      'XIANXIA',      '长宁区仙霞街道社区卫生服务中心',   '仙霞社区',   '上海市长宁区水城路388号',   '021-62610388', '社区康复（康复—公卫联盟）',        '仙霞社区卫生服务中心以社区康复为特色，联合公共卫生服务开展脑卒中、骨关节疾病等康复训练与随访。'),
    ('CHC-HONGQIAO',     'HONGQIAO',     '长宁区虹桥街道社区卫生服务中心',   '虹桥社区',   '上海市长宁区安顺路236号',   '021-62780236', '全生命周期眼健康',                 '虹桥社区卫生服务中心以全生命周期眼健康为特色，开展儿童近视防控、糖尿病眼底筛查和老年眼病管理。'),
    ('CHC-CHENGJIAQIAO', 'CHENGJIAQIAO', '长宁区程家桥街道社区卫生服务中心', '程家桥社区', '上海市长宁区虹桥路2199号',  '021-62682199', '安宁疗护（生命教育）',             '程家桥社区卫生服务中心以安宁疗护为特色专科，为终末期患者提供舒缓疗护、居家照护指导和家属哀伤支持。'),
    ('CHC-BEIXINJING',   'BEIXINJING',   '长宁区北新泾街道社区卫生服务中心', '北新泾社区', '上海市长宁区天山西路158号', '021-62900158', '社区健康教育（沉浸式健康科普站）', '北新泾社区卫生服务中心以健康教育为特色，建设沉浸式体验社区健康科普站，帮助居民掌握慢病自我管理技能。'),
    ('CHC-XINJING',      'XINJING',      '长宁区新泾镇社区卫生服务中心',     '新泾社区',   '上海市长宁区协和路468号',   '021-62380468', '糖尿病健康管理',                   '新泾镇社区卫生服务中心建设糖尿病健康管理中心，为糖尿病患者提供筛查、规范管理、并发症早筛和随访服务。')
) AS v (code, street, name, short_name, address, phone, signature_service, introduction)
ON CONFLICT (code) DO UPDATE SET
    name = EXCLUDED.name,
    short_name = EXCLUDED.short_name,
    type = EXCLUDED.type,
    level = EXCLUDED.level,
    parent_id = EXCLUDED.parent_id,
    street_id = EXCLUDED.street_id,
    address = EXCLUDED.address,
    phone = EXCLUDED.phone,
    signature_service = EXCLUDED.signature_service,
    introduction = EXCLUDED.introduction,
    updated_at = now()
WHERE (institution.name, institution.short_name, institution.type, institution.level,
       institution.parent_id, institution.street_id, institution.address, institution.phone,
       institution.signature_service, institution.introduction)
      IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.short_name, EXCLUDED.type, EXCLUDED.level,
                        EXCLUDED.parent_id, EXCLUDED.street_id, EXCLUDED.address, EXCLUDED.phone,
                        EXCLUDED.signature_service, EXCLUDED.introduction);

-- ---------------------------------------------------------------------------------------------
-- 3. The branch centre (分中心) and the service stations (社区卫生服务站) named in the plans.
--    Each belongs to a centre (parent) and stands in that centre's street.
--    淞五, 虹康 and 刘四 are named without their centre; their parents (新泾, 仙霞, 北新泾) are
--    demo assignments, which is why their codes do not name a centre.
-- ---------------------------------------------------------------------------------------------
INSERT INTO institution (id, code, name, short_name, type, level, parent_id, street_id,
                         address, phone, signature_service, introduction)
SELECT gen_random_uuid(), v.code, v.name, v.short_name, v.type, 'PRIMARY',
       (SELECT c.id FROM institution c WHERE c.code = v.parent),
       (SELECT c.street_id FROM institution c WHERE c.code = v.parent),
       v.address, v.phone, NULL, v.introduction
FROM (VALUES
    ('CHC-XINJING-BRANCH',          'BRANCH_CENTRE',   'CHC-XINJING',     '长宁区新泾镇社区卫生服务中心分中心', '新泾分中心',       '上海市长宁区北翟路1088号',      '021-62380988', '新泾分中心是新泾镇社区卫生服务中心的分中心，为新泾镇西部居民提供全科诊疗、家庭医生签约和预防保健服务。'),
    ('STN-XINHUA-NIUQIAO',          'SERVICE_STATION', 'CHC-XINHUA',      '新华牛桥社区卫生服务站',             '新华牛桥站',       '上海市长宁区定西路1310弄12号',  '021-62811701', '新华牛桥社区卫生服务站隶属新华社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-XINHUA-BAODI',            'SERVICE_STATION', 'CHC-XINHUA',      '新华宝地社区卫生服务站',             '新华宝地站',       '上海市长宁区番禺路228弄5号',    '021-62811702', '新华宝地社区卫生服务站隶属新华社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-JIANGSU-FUSHI',           'SERVICE_STATION', 'CHC-JIANGSU',     '江苏福世社区卫生服务站',             '江苏福世站',       '上海市长宁区江苏路368号',       '021-62521701', '江苏福世社区卫生服务站隶属江苏社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-JIANGSU-CHANGXIN',        'SERVICE_STATION', 'CHC-JIANGSU',     '江苏长新社区卫生服务站',             '江苏长新站',       '上海市长宁区长宁路580弄8号',    '021-62521702', '江苏长新社区卫生服务站隶属江苏社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-HUAYANG-SUYI',            'SERVICE_STATION', 'CHC-HUAYANG',     '华阳苏一社区卫生服务站',             '华阳苏一站',       '上海市长宁区长宁支路128号',     '021-62401701', '华阳苏一社区卫生服务站隶属华阳社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-HUAYANG-HUAYI',           'SERVICE_STATION', 'CHC-HUAYANG',     '华阳华一社区卫生服务站',             '华阳华一站',       '上海市长宁区华阳路88弄3号',     '021-62401702', '华阳华一社区卫生服务站隶属华阳社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-ZHOUJIAQIAO-FANBEI',      'SERVICE_STATION', 'CHC-ZHOUJIAQIAO', '周家桥范北社区卫生服务站',           '周家桥范北站',     '上海市长宁区长宁路1988弄6号',   '021-62591701', '周家桥范北社区卫生服务站隶属周家桥社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-TIANSHAN-FANGDA',         'SERVICE_STATION', 'CHC-TIANSHAN',    '天山纺大社区卫生服务站',             '天山纺大站',       '上海市长宁区延安西路1900弄2号', '021-62751701', '天山纺大社区卫生服务站隶属天山社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-XIANXIA-MAOHUA',          'SERVICE_STATION', 'CHC-XIANXIA',     '仙霞茅花社区卫生服务站',             '仙霞茅花站',       '上海市长宁区茅台路516号',       '021-62611701', '仙霞茅花社区卫生服务站隶属仙霞社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-XIANXIA-TIANWU',          'SERVICE_STATION', 'CHC-XIANXIA',     '仙霞天五社区卫生服务站',             '仙霞天五站',       '上海市长宁区娄山关路655弄9号',  '021-62611702', '仙霞天五社区卫生服务站隶属仙霞社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    -- demo assignment: 虹康 → 仙霞社区
    ('STN-HONGKANG',                'SERVICE_STATION', 'CHC-XIANXIA',     '虹康社区卫生服务站',                 '虹康站',           '上海市长宁区虹古路300弄4号',    '021-62611703', '虹康社区卫生服务站隶属仙霞社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-HONGQIAO-HONGDONG',       'SERVICE_STATION', 'CHC-HONGQIAO',    '虹桥虹东社区卫生服务站',             '虹桥虹东站',       '上海市长宁区虹桥路1130弄7号',   '021-62781701', '虹桥虹东社区卫生服务站隶属虹桥社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-HONGQIAO-GUBEIRONGHUA',   'SERVICE_STATION', 'CHC-HONGQIAO',    '虹桥古北荣华社区卫生服务站',         '虹桥古北荣华站',   '上海市长宁区荣华东道96号',      '021-62781702', '虹桥古北荣华社区卫生服务站隶属虹桥社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-BEIXINJING-XINJINGQICUN', 'SERVICE_STATION', 'CHC-BEIXINJING',  '北新泾新泾七村社区卫生服务站',       '北新泾新泾七村站', '上海市长宁区北渔路56弄10号',    '021-62901701', '北新泾新泾七村社区卫生服务站隶属北新泾社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    -- demo assignment: 刘四 → 北新泾社区
    ('STN-LIUSI',                   'SERVICE_STATION', 'CHC-BEIXINJING',  '刘四社区卫生服务站',                 '刘四站',           '上海市长宁区平塘路120弄3号',    '021-62901702', '刘四社区卫生服务站隶属北新泾社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-XINJING-LVWU',            'SERVICE_STATION', 'CHC-XINJING',     '新泾绿五社区卫生服务站',             '新泾绿五站',       '上海市长宁区天山西路799弄15号', '021-62381701', '新泾绿五社区卫生服务站隶属新泾社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    ('STN-XINJING-XINJIAYUAN',      'SERVICE_STATION', 'CHC-XINJING',     '新泾新家苑社区卫生服务站',           '新泾新家苑站',     '上海市长宁区北翟路728弄2号',    '021-62381702', '新泾新家苑社区卫生服务站隶属新泾社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。'),
    -- demo assignment: 淞五 → 新泾社区
    ('STN-SONGWU',                  'SERVICE_STATION', 'CHC-XINJING',     '淞五社区卫生服务站',                 '淞五站',           '上海市长宁区淞虹路355弄6号',    '021-62381703', '淞五社区卫生服务站隶属新泾社区卫生服务中心，为周边居民提供常见病诊疗、慢病配药和家庭医生签约服务。')
) AS v (code, type, parent, name, short_name, address, phone, introduction)
ON CONFLICT (code) DO UPDATE SET
    name = EXCLUDED.name,
    short_name = EXCLUDED.short_name,
    type = EXCLUDED.type,
    level = EXCLUDED.level,
    parent_id = EXCLUDED.parent_id,
    street_id = EXCLUDED.street_id,
    address = EXCLUDED.address,
    phone = EXCLUDED.phone,
    signature_service = EXCLUDED.signature_service,
    introduction = EXCLUDED.introduction,
    updated_at = now()
WHERE (institution.name, institution.short_name, institution.type, institution.level,
       institution.parent_id, institution.street_id, institution.address, institution.phone,
       institution.signature_service, institution.introduction)
      IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.short_name, EXCLUDED.type, EXCLUDED.level,
                        EXCLUDED.parent_id, EXCLUDED.street_id, EXCLUDED.address, EXCLUDED.phone,
                        EXCLUDED.signature_service, EXCLUDED.introduction);

-- ---------------------------------------------------------------------------------------------
-- 4. District hospitals (区属医院) and the city hospitals (市级医院) of the "1+1+1" signing
--    combinations. City hospitals stand outside Changning: street_id is NULL.
-- ---------------------------------------------------------------------------------------------
INSERT INTO institution (id, code, name, short_name, type, level, parent_id, street_id,
                         address, phone, signature_service, introduction)
SELECT gen_random_uuid(), v.code, v.name, v.short_name, v.type, v.level, NULL,
       (SELECT s.id FROM street s WHERE s.code = v.street),
       v.address, v.phone, v.signature_service, v.introduction
FROM (VALUES
    ('HOSP-TONGREN',       'DISTRICT_HOSPITAL', 'TERTIARY',  'XIANXIA',  '上海市同仁医院',             '同仁医院',       '上海市长宁区仙霞路1111号',  '021-62901000', '区域医疗中心、双向转诊枢纽',         '同仁医院是长宁区的区域医疗中心，承接社区卫生服务中心的上转患者，并为家庭医生预留专家号源和优先检查通道。'),
    ('HOSP-GUANGHUA',      'DISTRICT_HOSPITAL', 'SECONDARY', 'XINHUA',   '上海市光华中西医结合医院',   '光华医院',       '上海市长宁区新华路540号',   '021-62805000', '中西医结合风湿病、关节病诊疗',       '光华中西医结合医院以中西医结合诊治类风湿关节炎等风湿病和关节疾病见长，设有关节外科和康复医学科。'),
    ('HOSP-TIANSHAN-TCM',  'DISTRICT_HOSPITAL', 'SECONDARY', 'TIANSHAN', '上海市长宁区天山中医医院',   '天山中医医院',   '上海市长宁区天山路1400号',  '021-62756000', '中医康复',                           '天山中医医院是区属中医医院，以中医康复、针灸推拿和中医内科为特色，承接术后和卒中后康复的下转患者。'),
    ('HOSP-MCH',           'DISTRICT_HOSPITAL', 'SECONDARY', 'JIANGSU',  '上海市长宁区妇幼保健院',     '区妇幼保健院',   '上海市长宁区愚园路1210号',  '021-62527000', '妇女儿童保健',                       '长宁区妇幼保健院负责全区妇女和儿童保健，提供孕产期保健、妇科诊疗和儿童生长发育评估服务。'),
    ('HOSP-MENTAL-HEALTH', 'DISTRICT_HOSPITAL', 'SECONDARY', 'XINJING',  '上海市长宁区精神卫生中心',   '区精神卫生中心', '上海市长宁区协和路299号',   '021-62388000', '精神心理诊疗、严重精神障碍社区管理', '长宁区精神卫生中心提供精神科、心理咨询和老年精神科诊疗，并指导社区开展严重精神障碍患者的随访管理。'),
    ('CITY-HUADONG',       'CITY_HOSPITAL',     'TERTIARY',  NULL,       '复旦大学附属华东医院',       '华东医院',       '上海市静安区延安西路221号', '021-62480100', '老年医学',                           '华东医院是以老年医学为特色的市级综合性医院，是长宁区居民签约组合中的市级医院之一。'),
    ('CITY-LONGHUA',       'CITY_HOSPITAL',     'TERTIARY',  NULL,       '上海中医药大学附属龙华医院', '龙华医院',       '上海市徐汇区宛平南路725号', '021-64380100', '中医、中西医结合肿瘤和骨伤诊疗',     '龙华医院是市级中医医院，以中医内科、中西医结合肿瘤和中医骨伤科见长，是签约组合中的市级医院之一。'),
    ('CITY-CHILDRENS',     'CITY_HOSPITAL',     'TERTIARY',  NULL,       '上海市儿童医院',             '市儿童医院',     '上海市普陀区泸定路355号',   '021-62470100', '儿科综合诊疗',                       '上海市儿童医院是市级儿童专科医院，提供儿内科、儿外科和新生儿等诊疗，承接社区儿科的上转患儿。')
) AS v (code, type, level, street, name, short_name, address, phone, signature_service, introduction)
ON CONFLICT (code) DO UPDATE SET
    name = EXCLUDED.name,
    short_name = EXCLUDED.short_name,
    type = EXCLUDED.type,
    level = EXCLUDED.level,
    parent_id = EXCLUDED.parent_id,
    street_id = EXCLUDED.street_id,
    address = EXCLUDED.address,
    phone = EXCLUDED.phone,
    signature_service = EXCLUDED.signature_service,
    introduction = EXCLUDED.introduction,
    updated_at = now()
WHERE (institution.name, institution.short_name, institution.type, institution.level,
       institution.parent_id, institution.street_id, institution.address, institution.phone,
       institution.signature_service, institution.introduction)
      IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.short_name, EXCLUDED.type, EXCLUDED.level,
                        EXCLUDED.parent_id, EXCLUDED.street_id, EXCLUDED.address, EXCLUDED.phone,
                        EXCLUDED.signature_service, EXCLUDED.introduction);

-- ---------------------------------------------------------------------------------------------
-- 5. Departments of the centres and the branch: 全科, 中医科, 康复科, 预防保健科 everywhere,
--    plus one for the signature service where no standard department covers it.
-- ---------------------------------------------------------------------------------------------
INSERT INTO department (id, institution_id, code, name, category, introduction)
SELECT gen_random_uuid(), (SELECT i.id FROM institution i WHERE i.code = v.institution),
       v.code, v.name, v.category, v.introduction
FROM (VALUES
    ('CHC-XINHUA',         'GP',            '全科',           'GENERAL_PRACTICE',  '新华社区全科门诊，诊治常见病、多发病，家庭医生在此接诊签约居民并办理转诊预约。'),
    ('CHC-XINHUA',         'TCM',           '中医科',         'CHINESE_MEDICINE',  '新华社区中医科，提供中医诊疗、针灸推拿和中医体质辨识等适宜技术服务。'),
    ('CHC-XINHUA',         'REHAB',         '康复科',         'REHABILITATION',    '新华社区康复科，为卒中后、骨关节术后和慢性疼痛居民提供社区康复训练。'),
    ('CHC-XINHUA',         'PREVENTIVE',    '预防保健科',     'PREVENTIVE_CARE',   '新华社区预防保健科，负责预防接种、老年人健康体检和慢病筛查。'),
    ('CHC-XINHUA',         'CARDIAC-REHAB', '心脏康复门诊',   'REHABILITATION',    '新华社区心脏康复门诊，为冠心病、心力衰竭稳定期居民提供心肺功能评估、运动处方和康复随访。'),
    ('CHC-JIANGSU',        'GP',            '全科',           'GENERAL_PRACTICE',  '江苏社区全科门诊，诊治常见病、多发病，家庭医生在此接诊签约居民并办理转诊预约。'),
    ('CHC-JIANGSU',        'TCM',           '中医科',         'CHINESE_MEDICINE',  '江苏社区中医科，提供中医诊疗、针灸推拿和中医体质辨识等适宜技术服务。'),
    ('CHC-JIANGSU',        'REHAB',         '康复科',         'REHABILITATION',    '江苏社区康复科，为卒中后、骨关节术后和慢性疼痛居民提供社区康复训练。'),
    ('CHC-JIANGSU',        'PREVENTIVE',    '预防保健科',     'PREVENTIVE_CARE',   '江苏社区预防保健科，负责预防接种、老年人健康体检和慢病筛查。'),
    ('CHC-JIANGSU',        'PAED-TCM',      '儿童中医门诊',   'CHINESE_MEDICINE',  '江苏社区儿童中医门诊（童宝稚康园），开展小儿推拿、穴位贴敷和儿童中医体质调理。'),
    ('CHC-HUAYANG',        'GP',            '全科',           'GENERAL_PRACTICE',  '华阳社区全科门诊，诊治常见病、多发病，家庭医生在此接诊签约居民并办理转诊预约。'),
    ('CHC-HUAYANG',        'TCM',           '中医科',         'CHINESE_MEDICINE',  '华阳社区中医科，提供中医诊疗、针灸推拿和中医体质辨识等适宜技术服务。'),
    ('CHC-HUAYANG',        'REHAB',         '康复科',         'REHABILITATION',    '华阳社区康复科，为卒中后、骨关节术后和慢性疼痛居民提供社区康复训练。'),
    ('CHC-HUAYANG',        'PREVENTIVE',    '预防保健科',     'PREVENTIVE_CARE',   '华阳社区预防保健科，负责预防接种、老年人健康体检和慢病筛查。'),
    ('CHC-ZHOUJIAQIAO',    'GP',            '全科',           'GENERAL_PRACTICE',  '周家桥社区全科门诊，诊治常见病、多发病，家庭医生在此接诊签约居民并办理转诊预约。'),
    ('CHC-ZHOUJIAQIAO',    'TCM',           '中医科',         'CHINESE_MEDICINE',  '周家桥社区中医科，提供中医诊疗、针灸推拿和中医体质辨识等适宜技术服务。'),
    ('CHC-ZHOUJIAQIAO',    'REHAB',         '康复科',         'REHABILITATION',    '周家桥社区康复科，为卒中后、骨关节术后和慢性疼痛居民提供社区康复训练。'),
    ('CHC-ZHOUJIAQIAO',    'PREVENTIVE',    '预防保健科',     'PREVENTIVE_CARE',   '周家桥社区预防保健科，负责预防接种、老年人健康体检和慢病筛查。'),
    ('CHC-ZHOUJIAQIAO',    'PAED',          '儿科',           'PAEDIATRICS',       '周家桥社区儿科，与上级儿科医院组成医联体，诊治儿童常见病并提供儿童保健咨询。'),
    ('CHC-TIANSHAN',       'GP',            '全科',           'GENERAL_PRACTICE',  '天山社区全科门诊，诊治常见病、多发病，家庭医生在此接诊签约居民并办理转诊预约。'),
    ('CHC-TIANSHAN',       'TCM',           '中医科',         'CHINESE_MEDICINE',  '天山社区中医科，提供中医诊疗、针灸推拿和中医体质辨识等适宜技术服务。'),
    ('CHC-TIANSHAN',       'REHAB',         '康复科',         'REHABILITATION',    '天山社区康复科，为卒中后、骨关节术后和慢性疼痛居民提供社区康复训练。'),
    ('CHC-TIANSHAN',       'PREVENTIVE',    '预防保健科',     'PREVENTIVE_CARE',   '天山社区预防保健科，负责预防接种、老年人健康体检和慢病筛查。'),
    ('CHC-TIANSHAN',       'NURSING',       '社区护理门诊',   'OTHER',             '天山社区护理门诊，提供伤口造口护理、管路维护和居家护理指导，衔接家庭病床服务。'),
    ('CHC-XIANXIA',        'GP',            '全科',           'GENERAL_PRACTICE',  '仙霞社区全科门诊，诊治常见病、多发病，家庭医生在此接诊签约居民并办理转诊预约。'),
    ('CHC-XIANXIA',        'TCM',           '中医科',         'CHINESE_MEDICINE',  '仙霞社区中医科，提供中医诊疗、针灸推拿和中医体质辨识等适宜技术服务。'),
    ('CHC-XIANXIA',        'REHAB',         '康复科',         'REHABILITATION',    '仙霞社区康复科，为卒中后、骨关节术后和慢性疼痛居民提供社区康复训练。'),
    ('CHC-XIANXIA',        'PREVENTIVE',    '预防保健科',     'PREVENTIVE_CARE',   '仙霞社区预防保健科，负责预防接种、老年人健康体检和慢病筛查。'),
    ('CHC-HONGQIAO',       'GP',            '全科',           'GENERAL_PRACTICE',  '虹桥社区全科门诊，诊治常见病、多发病，家庭医生在此接诊签约居民并办理转诊预约。'),
    ('CHC-HONGQIAO',       'TCM',           '中医科',         'CHINESE_MEDICINE',  '虹桥社区中医科，提供中医诊疗、针灸推拿和中医体质辨识等适宜技术服务。'),
    ('CHC-HONGQIAO',       'REHAB',         '康复科',         'REHABILITATION',    '虹桥社区康复科，为卒中后、骨关节术后和慢性疼痛居民提供社区康复训练。'),
    ('CHC-HONGQIAO',       'PREVENTIVE',    '预防保健科',     'PREVENTIVE_CARE',   '虹桥社区预防保健科，负责预防接种、老年人健康体检和慢病筛查。'),
    ('CHC-HONGQIAO',       'OPHTH',         '眼科',           'OPHTHALMOLOGY',     '虹桥社区眼科，开展儿童屈光筛查、糖尿病视网膜病变筛查和常见眼病诊治。'),
    ('CHC-CHENGJIAQIAO',   'GP',            '全科',           'GENERAL_PRACTICE',  '程家桥社区全科门诊，诊治常见病、多发病，家庭医生在此接诊签约居民并办理转诊预约。'),
    ('CHC-CHENGJIAQIAO',   'TCM',           '中医科',         'CHINESE_MEDICINE',  '程家桥社区中医科，提供中医诊疗、针灸推拿和中医体质辨识等适宜技术服务。'),
    ('CHC-CHENGJIAQIAO',   'REHAB',         '康复科',         'REHABILITATION',    '程家桥社区康复科，为卒中后、骨关节术后和慢性疼痛居民提供社区康复训练。'),
    ('CHC-CHENGJIAQIAO',   'PREVENTIVE',    '预防保健科',     'PREVENTIVE_CARE',   '程家桥社区预防保健科，负责预防接种、老年人健康体检和慢病筛查。'),
    ('CHC-CHENGJIAQIAO',   'HOSPICE',       '安宁疗护科',     'OTHER',             '程家桥社区安宁疗护科，为终末期患者提供症状控制、舒缓照护和家属心理支持。'),
    ('CHC-BEIXINJING',     'GP',            '全科',           'GENERAL_PRACTICE',  '北新泾社区全科门诊，诊治常见病、多发病，家庭医生在此接诊签约居民并办理转诊预约。'),
    ('CHC-BEIXINJING',     'TCM',           '中医科',         'CHINESE_MEDICINE',  '北新泾社区中医科，提供中医诊疗、针灸推拿和中医体质辨识等适宜技术服务。'),
    ('CHC-BEIXINJING',     'REHAB',         '康复科',         'REHABILITATION',    '北新泾社区康复科，为卒中后、骨关节术后和慢性疼痛居民提供社区康复训练。'),
    ('CHC-BEIXINJING',     'PREVENTIVE',    '预防保健科',     'PREVENTIVE_CARE',   '北新泾社区预防保健科，负责预防接种、老年人健康体检和慢病筛查。'),
    ('CHC-BEIXINJING',     'HEALTH-EDU',    '健康教育科',     'PREVENTIVE_CARE',   '北新泾社区健康教育科，运营沉浸式健康科普站，组织慢病自我管理小组和健康讲座。'),
    ('CHC-XINJING',        'GP',            '全科',           'GENERAL_PRACTICE',  '新泾社区全科门诊，诊治常见病、多发病，家庭医生在此接诊签约居民并办理转诊预约。'),
    ('CHC-XINJING',        'TCM',           '中医科',         'CHINESE_MEDICINE',  '新泾社区中医科，提供中医诊疗、针灸推拿和中医体质辨识等适宜技术服务。'),
    ('CHC-XINJING',        'REHAB',         '康复科',         'REHABILITATION',    '新泾社区康复科，为卒中后、骨关节术后和慢性疼痛居民提供社区康复训练。'),
    ('CHC-XINJING',        'PREVENTIVE',    '预防保健科',     'PREVENTIVE_CARE',   '新泾社区预防保健科，负责预防接种、老年人健康体检和慢病筛查。'),
    ('CHC-XINJING',        'ENDO',          '糖尿病专病门诊', 'INTERNAL_MEDICINE', '新泾社区糖尿病专病门诊，提供血糖管理、胰岛素起始与调整、眼底和足病早期筛查。'),
    ('CHC-XINJING-BRANCH', 'GP',            '全科',           'GENERAL_PRACTICE',  '新泾分中心全科门诊，诊治常见病、多发病，家庭医生在此接诊签约居民并办理转诊预约。'),
    ('CHC-XINJING-BRANCH', 'TCM',           '中医科',         'CHINESE_MEDICINE',  '新泾分中心中医科，提供中医诊疗、针灸推拿和中医体质辨识等适宜技术服务。'),
    ('CHC-XINJING-BRANCH', 'REHAB',         '康复科',         'REHABILITATION',    '新泾分中心康复科，为卒中后、骨关节术后和慢性疼痛居民提供社区康复训练。'),
    ('CHC-XINJING-BRANCH', 'PREVENTIVE',    '预防保健科',     'PREVENTIVE_CARE',   '新泾分中心预防保健科，负责预防接种、老年人健康体检和慢病筛查。')
) AS v (institution, code, name, category, introduction)
ON CONFLICT (institution_id, code) DO UPDATE SET
    name = EXCLUDED.name,
    category = EXCLUDED.category,
    introduction = EXCLUDED.introduction,
    updated_at = now()
WHERE (department.name, department.category, department.introduction)
      IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.category, EXCLUDED.introduction);

-- ---------------------------------------------------------------------------------------------
-- 6. Departments of the service stations: a general-practice room (全科) each.
-- ---------------------------------------------------------------------------------------------
INSERT INTO department (id, institution_id, code, name, category, introduction)
SELECT gen_random_uuid(), (SELECT i.id FROM institution i WHERE i.code = v.institution),
       v.code, v.name, v.category, v.introduction
FROM (VALUES
    ('STN-XINHUA-NIUQIAO',          'GP', '全科', 'GENERAL_PRACTICE', '新华牛桥站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-XINHUA-BAODI',            'GP', '全科', 'GENERAL_PRACTICE', '新华宝地站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-JIANGSU-FUSHI',           'GP', '全科', 'GENERAL_PRACTICE', '江苏福世站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-JIANGSU-CHANGXIN',        'GP', '全科', 'GENERAL_PRACTICE', '江苏长新站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-HUAYANG-SUYI',            'GP', '全科', 'GENERAL_PRACTICE', '华阳苏一站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-HUAYANG-HUAYI',           'GP', '全科', 'GENERAL_PRACTICE', '华阳华一站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-ZHOUJIAQIAO-FANBEI',      'GP', '全科', 'GENERAL_PRACTICE', '周家桥范北站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-TIANSHAN-FANGDA',         'GP', '全科', 'GENERAL_PRACTICE', '天山纺大站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-XIANXIA-MAOHUA',          'GP', '全科', 'GENERAL_PRACTICE', '仙霞茅花站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-XIANXIA-TIANWU',          'GP', '全科', 'GENERAL_PRACTICE', '仙霞天五站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-HONGKANG',                'GP', '全科', 'GENERAL_PRACTICE', '虹康站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-HONGQIAO-HONGDONG',       'GP', '全科', 'GENERAL_PRACTICE', '虹桥虹东站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-HONGQIAO-GUBEIRONGHUA',   'GP', '全科', 'GENERAL_PRACTICE', '虹桥古北荣华站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-BEIXINJING-XINJINGQICUN', 'GP', '全科', 'GENERAL_PRACTICE', '北新泾新泾七村站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-LIUSI',                   'GP', '全科', 'GENERAL_PRACTICE', '刘四站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-XINJING-LVWU',            'GP', '全科', 'GENERAL_PRACTICE', '新泾绿五站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-XINJING-XINJIAYUAN',      'GP', '全科', 'GENERAL_PRACTICE', '新泾新家苑站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。'),
    ('STN-SONGWU',                  'GP', '全科', 'GENERAL_PRACTICE', '淞五站全科诊室，诊治常见病、配取慢病药品，并提供家庭医生签约和健康咨询。')
) AS v (institution, code, name, category, introduction)
ON CONFLICT (institution_id, code) DO UPDATE SET
    name = EXCLUDED.name,
    category = EXCLUDED.category,
    introduction = EXCLUDED.introduction,
    updated_at = now()
WHERE (department.name, department.category, department.introduction)
      IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.category, EXCLUDED.introduction);

-- ---------------------------------------------------------------------------------------------
-- 7. Departments of the district and city hospitals.
-- ---------------------------------------------------------------------------------------------
INSERT INTO department (id, institution_id, code, name, category, introduction)
SELECT gen_random_uuid(), (SELECT i.id FROM institution i WHERE i.code = v.institution),
       v.code, v.name, v.category, v.introduction
FROM (VALUES
    ('HOSP-TONGREN',       'CARDIOLOGY',         '心内科',             'INTERNAL_MEDICINE',      '同仁医院心内科，开展冠心病介入、心律失常和心力衰竭的规范诊治。'),
    ('HOSP-TONGREN',       'ENDOCRINOLOGY',      '内分泌科',           'INTERNAL_MEDICINE',      '同仁医院内分泌科，诊治糖尿病、甲状腺疾病和代谢性骨病。'),
    ('HOSP-TONGREN',       'RESPIRATORY',        '呼吸与危重症医学科', 'INTERNAL_MEDICINE',      '同仁医院呼吸与危重症医学科，诊治慢阻肺、哮喘、肺部感染和肺结节。'),
    ('HOSP-TONGREN',       'GASTRO',             '消化内科',           'INTERNAL_MEDICINE',      '同仁医院消化内科，开展胃肠镜检查和消化系统疾病诊治。'),
    ('HOSP-TONGREN',       'NEUROLOGY',          '神经内科',           'INTERNAL_MEDICINE',      '同仁医院神经内科，诊治脑血管病、帕金森病和认知障碍。'),
    ('HOSP-TONGREN',       'NEPHROLOGY',         '肾内科',             'INTERNAL_MEDICINE',      '同仁医院肾内科，诊治慢性肾脏病并开展血液透析。'),
    ('HOSP-TONGREN',       'GENERAL-SURGERY',    '普外科',             'SURGERY',                '同仁医院普外科，开展胃肠、肝胆、甲状腺和疝的手术治疗。'),
    ('HOSP-TONGREN',       'ORTHOPAEDICS',       '骨科',               'SURGERY',                '同仁医院骨科，开展关节置换、脊柱手术和创伤骨折治疗。'),
    ('HOSP-TONGREN',       'UROLOGY',            '泌尿外科',           'SURGERY',                '同仁医院泌尿外科，诊治前列腺疾病、泌尿系结石和泌尿系肿瘤。'),
    ('HOSP-TONGREN',       'OPHTHALMOLOGY',      '眼科',               'OPHTHALMOLOGY',          '同仁医院眼科，开展白内障、青光眼和眼底病的诊疗。'),
    ('HOSP-TONGREN',       'ENT',                '耳鼻喉科',           'ENT',                    '同仁医院耳鼻喉科，诊治鼻窦炎、咽喉疾病、耳聋耳鸣和睡眠呼吸暂停。'),
    ('HOSP-TONGREN',       'PAEDIATRICS',        '儿科',               'PAEDIATRICS',            '同仁医院儿科，诊治儿童常见病和呼吸、消化系统疾病。'),
    ('HOSP-TONGREN',       'OBGYN',              '妇产科',             'OBSTETRICS_GYNAECOLOGY', '同仁医院妇产科，提供妇科疾病诊疗、孕产期保健和分娩服务。'),
    ('HOSP-TONGREN',       'STOMATOLOGY',        '口腔科',             'STOMATOLOGY',            '同仁医院口腔科，开展牙体牙髓、牙周、修复和种植诊疗。'),
    ('HOSP-TONGREN',       'DERMATOLOGY',        '皮肤科',             'DERMATOLOGY',            '同仁医院皮肤科，诊治湿疹、银屑病、痤疮等常见皮肤病。'),
    ('HOSP-TONGREN',       'RADIOLOGY',          '放射科',             'MEDICAL_IMAGING',        '同仁医院放射科，提供X线、CT和磁共振检查，结果全区互联互认。'),
    ('HOSP-TONGREN',       'ULTRASOUND',         '超声医学科',         'MEDICAL_IMAGING',        '同仁医院超声医学科，提供腹部、心脏、血管和浅表器官超声检查。'),
    ('HOSP-TONGREN',       'LABORATORY',         '检验科',             'LABORATORY',             '同仁医院检验科，承担临床生化、免疫、微生物和血液检验，结果全区互认。'),
    ('HOSP-GUANGHUA',      'RHEUMATOLOGY',       '风湿免疫科',         'INTERNAL_MEDICINE',      '光华医院风湿免疫科，中西医结合诊治类风湿关节炎、强直性脊柱炎和痛风。'),
    ('HOSP-GUANGHUA',      'JOINT-SURGERY',      '关节外科',           'SURGERY',                '光华医院关节外科，开展膝髋关节置换和关节镜微创手术。'),
    ('HOSP-GUANGHUA',      'TCM',                '中医科',             'CHINESE_MEDICINE',       '光华医院中医科，以中医药调治风湿病和慢性关节疼痛。'),
    ('HOSP-GUANGHUA',      'ACUPUNCTURE',        '针灸科',             'CHINESE_MEDICINE',       '光华医院针灸科，以针灸、拔罐等方法治疗关节疼痛和颈肩腰腿痛。'),
    ('HOSP-GUANGHUA',      'REHAB',              '康复医学科',         'REHABILITATION',         '光华医院康复医学科，为关节置换术后和风湿病患者提供功能康复。'),
    ('HOSP-GUANGHUA',      'INTERNAL',           '综合内科',           'INTERNAL_MEDICINE',      '光华医院综合内科，诊治高血压、糖尿病等常见慢性病。'),
    ('HOSP-TIANSHAN-TCM',  'REHAB',              '康复科',             'REHABILITATION',         '天山中医医院康复科，中西医结合开展卒中后、骨科术后和颈腰椎病康复。'),
    ('HOSP-TIANSHAN-TCM',  'ACU-TUINA',          '针灸推拿科',         'CHINESE_MEDICINE',       '天山中医医院针灸推拿科，以针灸、推拿治疗颈肩腰腿痛、面瘫等疾病。'),
    ('HOSP-TIANSHAN-TCM',  'TCM-INTERNAL',       '中医内科',           'CHINESE_MEDICINE',       '天山中医医院中医内科，辨证调治失眠、慢性胃病和慢性咳嗽等内科疾病。'),
    ('HOSP-TIANSHAN-TCM',  'TCM-GYNAECOLOGY',    '中医妇科',           'CHINESE_MEDICINE',       '天山中医医院中医妇科，中医调理月经病、更年期综合征和产后康复。'),
    ('HOSP-TIANSHAN-TCM',  'TCM-ORTHOPAEDICS',   '中医骨伤科',         'CHINESE_MEDICINE',       '天山中医医院中医骨伤科，以手法整复和中药外治处理骨折和骨关节病。'),
    ('HOSP-MCH',           'GYNAECOLOGY',        '妇科',               'OBSTETRICS_GYNAECOLOGY', '区妇幼保健院妇科，开展宫颈疾病筛查、妇科内分泌和围绝经期保健。'),
    ('HOSP-MCH',           'OBSTETRICS',         '产科',               'OBSTETRICS_GYNAECOLOGY', '区妇幼保健院产科，提供孕产期保健、高危妊娠管理和产后访视。'),
    ('HOSP-MCH',           'CHILD-HEALTH',       '儿童保健科',         'PAEDIATRICS',            '区妇幼保健院儿童保健科，开展儿童生长发育评估、营养指导和早期发展咨询。'),
    ('HOSP-MCH',           'BREAST',             '乳腺科',             'SURGERY',                '区妇幼保健院乳腺科，开展乳腺疾病筛查和哺乳期乳腺问题诊治。'),
    ('HOSP-MCH',           'ULTRASOUND',         '超声科',             'MEDICAL_IMAGING',        '区妇幼保健院超声科，提供产科和妇科超声检查。'),
    ('HOSP-MENTAL-HEALTH', 'PSYCHIATRY',         '精神科',             'PSYCHIATRY',             '区精神卫生中心精神科，诊治精神分裂症、双相情感障碍等精神疾病并指导社区随访。'),
    ('HOSP-MENTAL-HEALTH', 'COUNSELLING',        '心理咨询科',         'PSYCHIATRY',             '区精神卫生中心心理咨询科，为焦虑、抑郁和压力困扰的居民提供心理咨询。'),
    ('HOSP-MENTAL-HEALTH', 'GERIATRIC-PSYCH',    '老年精神科',         'PSYCHIATRY',             '区精神卫生中心老年精神科，诊治阿尔茨海默病、老年期抑郁等老年精神障碍。'),
    ('HOSP-MENTAL-HEALTH', 'CHILD-PSYCH',        '儿童青少年心理科',   'PSYCHIATRY',             '区精神卫生中心儿童青少年心理科，评估和干预儿童多动、情绪和学习困难。'),
    ('CITY-HUADONG',       'GERIATRICS',         '老年科',             'INTERNAL_MEDICINE',      '华东医院老年科，开展老年综合评估和多病共存老人的整体诊疗。'),
    ('CITY-HUADONG',       'CARDIOLOGY',         '心内科',             'INTERNAL_MEDICINE',      '华东医院心内科，诊治冠心病、心力衰竭和老年心血管疾病。'),
    ('CITY-HUADONG',       'ENDOCRINOLOGY',      '内分泌科',           'INTERNAL_MEDICINE',      '华东医院内分泌科，诊治老年糖尿病、甲状腺疾病和骨代谢疾病。'),
    ('CITY-HUADONG',       'NEUROLOGY',          '神经内科',           'INTERNAL_MEDICINE',      '华东医院神经内科，诊治认知障碍、脑血管病和运动障碍疾病。'),
    ('CITY-HUADONG',       'RESPIRATORY',        '呼吸科',             'INTERNAL_MEDICINE',      '华东医院呼吸科，诊治慢阻肺、肺部感染和睡眠呼吸障碍。'),
    ('CITY-HUADONG',       'ORTHOPAEDICS',       '骨科',               'SURGERY',                '华东医院骨科，开展老年骨质疏松性骨折和脊柱疾病的手术治疗。'),
    ('CITY-LONGHUA',       'TCM-INTERNAL',       '中医内科',           'CHINESE_MEDICINE',       '龙华医院中医内科，辨证论治脾胃病、慢性咳嗽和体质失调。'),
    ('CITY-LONGHUA',       'ONCOLOGY',           '肿瘤科',             'INTERNAL_MEDICINE',      '龙华医院肿瘤科，以中西医结合方法治疗肺癌、消化道肿瘤并开展术后调理。'),
    ('CITY-LONGHUA',       'ORTHO-TRAUMA',       '骨伤科',             'CHINESE_MEDICINE',       '龙华医院骨伤科，以中医手法和中药治疗颈腰椎病、骨折和骨关节病。'),
    ('CITY-LONGHUA',       'ACUPUNCTURE',        '针灸科',             'CHINESE_MEDICINE',       '龙华医院针灸科，以针灸治疗头痛、失眠、面瘫和疼痛性疾病。'),
    ('CITY-LONGHUA',       'RHEUMATOLOGY',       '风湿科',             'INTERNAL_MEDICINE',      '龙华医院风湿科，以中医药治疗类风湿关节炎、干燥综合征等风湿病。'),
    ('CITY-LONGHUA',       'TCM-SURGERY',        '中医外科',           'SURGERY',                '龙华医院中医外科，以中医内外合治处理乳腺病和慢性皮肤溃疡。'),
    ('CITY-CHILDRENS',     'PAED-INTERNAL',      '儿内科',             'PAEDIATRICS',            '市儿童医院儿内科，诊治儿童呼吸道感染、哮喘和消化系统疾病。'),
    ('CITY-CHILDRENS',     'PAED-SURGERY',       '儿外科',             'SURGERY',                '市儿童医院儿外科，开展小儿疝气、先天性畸形等手术治疗。'),
    ('CITY-CHILDRENS',     'NEONATOLOGY',        '新生儿科',           'PAEDIATRICS',            '市儿童医院新生儿科，救治早产儿和危重新生儿，诊治新生儿黄疸。'),
    ('CITY-CHILDRENS',     'PAED-RESPIRATORY',   '呼吸科',             'PAEDIATRICS',            '市儿童医院呼吸科，诊治儿童慢性咳嗽、哮喘和过敏性鼻炎。'),
    ('CITY-CHILDRENS',     'PAED-OPHTHALMOLOGY', '眼科',               'OPHTHALMOLOGY',          '市儿童医院眼科，开展儿童近视防控和斜视、弱视诊治。'),
    ('CITY-CHILDRENS',     'CHILD-HEALTH',       '儿童保健科',         'PAEDIATRICS',            '市儿童医院儿童保健科，开展儿童生长发育和营养评估。')
) AS v (institution, code, name, category, introduction)
ON CONFLICT (institution_id, code) DO UPDATE SET
    name = EXCLUDED.name,
    category = EXCLUDED.category,
    introduction = EXCLUDED.introduction,
    updated_at = now()
WHERE (department.name, department.category, department.introduction)
      IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.category, EXCLUDED.introduction);

-- ---------------------------------------------------------------------------------------------
-- 8. Family-doctor teams (家庭医生工作室): two per centre, one at the branch, each named after
--    its leader. TEAM-HUAYANG-1 is 华阳's named doctor's studio (its signature service).
-- ---------------------------------------------------------------------------------------------
INSERT INTO family_doctor_team (id, institution_id, code, name, introduction)
SELECT gen_random_uuid(), (SELECT i.id FROM institution i WHERE i.code = v.institution),
       v.code, v.name, v.introduction
FROM (VALUES
    ('CHC-XINHUA',         'TEAM-XINHUA-1',         '新华社区王敏家庭医生工作室',       '由王敏领衔、两名家庭医生和一名社区护士组成，为新华路街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-XINHUA',         'TEAM-XINHUA-2',         '新华社区俞玉兰家庭医生工作室',     '由俞玉兰领衔、一名家庭医生和一名社区护士组成，为新华路街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-JIANGSU',        'TEAM-JIANGSU-1',        '江苏社区黄淑芬家庭医生工作室',     '由黄淑芬领衔、两名家庭医生和一名社区护士组成，为江苏路街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-JIANGSU',        'TEAM-JIANGSU-2',        '江苏社区倪璐家庭医生工作室',       '由倪璐领衔、一名家庭医生和一名社区护士组成，为江苏路街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-HUAYANG',        'TEAM-HUAYANG-1',        '华阳社区杨一鸣全科名医精品工作室', '华阳社区的全科名医精品工作室，由杨一鸣领衔，开设名医门诊、带教社区家庭医生，并与两名家庭医生和一名社区护士共同服务华阳路街道的签约居民。'),
    ('CHC-HUAYANG',        'TEAM-HUAYANG-2',        '华阳社区丁峰家庭医生工作室',       '由丁峰领衔、一名家庭医生和一名社区护士组成，为华阳路街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-ZHOUJIAQIAO',    'TEAM-ZHOUJIAQIAO-1',    '周家桥社区刘伟民家庭医生工作室',   '由刘伟民领衔、两名家庭医生和一名社区护士组成，为周家桥街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-ZHOUJIAQIAO',    'TEAM-ZHOUJIAQIAO-2',    '周家桥社区邵耀庭家庭医生工作室',   '由邵耀庭领衔、一名家庭医生和一名社区护士组成，为周家桥街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-TIANSHAN',       'TEAM-TIANSHAN-1',       '天山社区陈秀英家庭医生工作室',     '由陈秀英领衔、两名家庭医生和一名社区护士组成，为天山路街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-TIANSHAN',       'TEAM-TIANSHAN-2',       '天山社区程泽民家庭医生工作室',     '由程泽民领衔、一名家庭医生和一名社区护士组成，为天山路街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-XIANXIA',        'TEAM-XIANXIA-1',        '仙霞社区张梦洁家庭医生工作室',     '由张梦洁领衔、两名家庭医生和一名社区护士组成，为仙霞新村街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-XIANXIA',        'TEAM-XIANXIA-2',        '仙霞社区汪丽娟家庭医生工作室',     '由汪丽娟领衔、一名家庭医生和一名社区护士组成，为仙霞新村街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-HONGQIAO',       'TEAM-HONGQIAO-1',       '虹桥社区李建华家庭医生工作室',     '由李建华领衔、两名家庭医生和一名社区护士组成，为虹桥街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-HONGQIAO',       'TEAM-HONGQIAO-2',       '虹桥社区叶秀兰家庭医生工作室',     '由叶秀兰领衔、一名家庭医生和一名社区护士组成，为虹桥街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-CHENGJIAQIAO',   'TEAM-CHENGJIAQIAO-1',   '程家桥社区王世杰家庭医生工作室',   '由王世杰领衔、两名家庭医生和一名社区护士组成，为程家桥街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-CHENGJIAQIAO',   'TEAM-CHENGJIAQIAO-2',   '程家桥社区马正阳家庭医生工作室',   '由马正阳领衔、一名家庭医生和一名社区护士组成，为程家桥街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-BEIXINJING',     'TEAM-BEIXINJING-1',     '北新泾社区葛晓红家庭医生工作室',   '由葛晓红领衔、两名家庭医生和一名社区护士组成，为北新泾街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-BEIXINJING',     'TEAM-BEIXINJING-2',     '北新泾社区何建平家庭医生工作室',   '由何建平领衔、一名家庭医生和一名社区护士组成，为北新泾街道居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-XINJING',        'TEAM-XINJING-1',        '新泾社区方慧琳家庭医生工作室',     '由方慧琳领衔、两名家庭医生和一名社区护士组成，为新泾镇居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-XINJING',        'TEAM-XINJING-2',        '新泾社区许静怡家庭医生工作室',     '由许静怡领衔、一名家庭医生和一名社区护士组成，为新泾镇居民提供签约、慢病管理、转诊预约和上门服务。'),
    ('CHC-XINJING-BRANCH', 'TEAM-XINJING-BRANCH-1', '新泾分中心邱玮家庭医生工作室',     '由邱玮领衔、一名家庭医生和一名社区护士组成，为新泾镇西部居民提供签约、慢病管理、转诊预约和上门服务。')
) AS v (institution, code, name, introduction)
ON CONFLICT (code) DO UPDATE SET
    institution_id = EXCLUDED.institution_id,
    name = EXCLUDED.name,
    introduction = EXCLUDED.introduction
WHERE (family_doctor_team.institution_id, family_doctor_team.name, family_doctor_team.introduction)
      IS DISTINCT FROM (EXCLUDED.institution_id, EXCLUDED.name, EXCLUDED.introduction);

-- ---------------------------------------------------------------------------------------------
-- 9. Family doctors and nurses of the teams: a leader, one or two more family doctors and a
--    community nurse per team. All work in their centre's general-practice department.
-- ---------------------------------------------------------------------------------------------
INSERT INTO doctor (id, code, institution_id, department_id, team_id, team_role, name, gender,
                    title, specialty, family_doctor, introduction)
SELECT gen_random_uuid(), v.code,
       (SELECT i.id FROM institution i WHERE i.code = v.institution),
       (SELECT d.id FROM department d JOIN institution i ON i.id = d.institution_id
         WHERE i.code = v.institution AND d.code = v.department),
       (SELECT t.id FROM family_doctor_team t WHERE t.code = v.team),
       v.team_role, v.name, v.gender, v.title, v.specialty, v.family_doctor, v.introduction
FROM (VALUES
    -- TEAM-XINHUA-1
    ('DR-XINHUA-0001',         'CHC-XINHUA',         'GP', 'TEAM-XINHUA-1',         'LEADER', '王敏',   'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '全科医学、冠心病二级预防、社区心脏康复',   true,  '新华社区王敏家庭医生工作室负责人，从事全科医疗19年，擅长冠心病二级预防、社区心脏康复，为签约居民制定个人健康管理方案。'),
    ('DR-XINHUA-0002',         'CHC-XINHUA',         'GP', 'TEAM-XINHUA-1',         'MEMBER', '顾杰',   'MALE',   'ATTENDING_PHYSICIAN',       '全科医学、高血压',                         true,  '新华社区家庭医生，从事全科医疗11年，在工作室中负责签约居民的高血压随访和用药指导。'),
    ('DR-XINHUA-0003',         'CHC-XINHUA',         'GP', 'TEAM-XINHUA-1',         'MEMBER', '曹建国', 'MALE',   'RESIDENT_PHYSICIAN',        '全科医学、慢阻肺',                         true,  '新华社区家庭医生，从事全科医疗5年，在工作室中负责签约居民的慢阻肺随访和肺功能筛查。'),
    ('DR-XINHUA-0004',         'CHC-XINHUA',         'GP', 'TEAM-XINHUA-1',         'MEMBER', '马慧',   'FEMALE', 'NURSE',                     '社区护理、健康宣教',                       false, '新华社区护士，从事社区护理8年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-XINHUA-2
    ('DR-XINHUA-0005',         'CHC-XINHUA',         'GP', 'TEAM-XINHUA-2',         'LEADER', '俞玉兰', 'FEMALE', 'ATTENDING_PHYSICIAN',       '全科医学、高血压、糖尿病管理',             true,  '新华社区俞玉兰家庭医生工作室负责人，从事全科医疗15年，擅长高血压、糖尿病管理，为签约居民制定个人健康管理方案。'),
    ('DR-XINHUA-0006',         'CHC-XINHUA',         'GP', 'TEAM-XINHUA-2',         'MEMBER', '费浩',   'MALE',   'RESIDENT_PHYSICIAN',        '全科医学、老年健康管理',                   true,  '新华社区家庭医生，从事全科医疗4年，在工作室中负责签约居民的老年人健康评估和体检结果解读。'),
    ('DR-XINHUA-0007',         'CHC-XINHUA',         'GP', 'TEAM-XINHUA-2',         'MEMBER', '葛丹',   'FEMALE', 'NURSE',                     '社区护理、慢病随访',                       false, '新华社区护士，从事社区护理9年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-JIANGSU-1
    ('DR-JIANGSU-0001',        'CHC-JIANGSU',        'GP', 'TEAM-JIANGSU-1',        'LEADER', '黄淑芬', 'FEMALE', 'ATTENDING_PHYSICIAN',       '全科医学、儿童中医调理、小儿推拿',         true,  '江苏社区黄淑芬家庭医生工作室负责人，从事全科医疗11年，擅长儿童中医调理、小儿推拿，为签约居民制定个人健康管理方案。'),
    ('DR-JIANGSU-0002',        'CHC-JIANGSU',        'GP', 'TEAM-JIANGSU-1',        'MEMBER', '沈嘉敏', 'FEMALE', 'RESIDENT_PHYSICIAN',        '全科医学、中医适宜技术',                   true,  '江苏社区家庭医生，从事全科医疗6年，在工作室中负责签约居民的中医体质辨识和中医适宜技术服务。'),
    ('DR-JIANGSU-0003',        'CHC-JIANGSU',        'GP', 'TEAM-JIANGSU-1',        'MEMBER', '金永康', 'MALE',   'RESIDENT_PHYSICIAN',        '全科医学、骨关节病',                       true,  '江苏社区家庭医生，从事全科医疗4年，在工作室中负责签约居民的骨关节病随访和骨质疏松筛查。'),
    ('DR-JIANGSU-0004',        'CHC-JIANGSU',        'GP', 'TEAM-JIANGSU-1',        'MEMBER', '何霞',   'FEMALE', 'NURSE',                     '社区护理、老年照护',                       false, '江苏社区护士，从事社区护理8年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-JIANGSU-2
    ('DR-JIANGSU-0005',        'CHC-JIANGSU',        'GP', 'TEAM-JIANGSU-2',        'LEADER', '倪璐',   'FEMALE', 'ATTENDING_PHYSICIAN',       '全科医学、高血压、老年慢病管理',           true,  '江苏社区倪璐家庭医生工作室负责人，从事全科医疗15年，擅长高血压、老年慢病管理，为签约居民制定个人健康管理方案。'),
    ('DR-JIANGSU-0006',        'CHC-JIANGSU',        'GP', 'TEAM-JIANGSU-2',        'MEMBER', '秦宏伟', 'MALE',   'ATTENDING_PHYSICIAN',       '全科医学、高血压',                         true,  '江苏社区家庭医生，从事全科医疗15年，在工作室中负责签约居民的高血压随访和用药指导。'),
    ('DR-JIANGSU-0007',        'CHC-JIANGSU',        'GP', 'TEAM-JIANGSU-2',        'MEMBER', '方凤英', 'FEMALE', 'CHIEF_NURSE',               '居家护理、伤口护理',                       false, '江苏社区护士，从事社区护理20年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-HUAYANG-1
    ('DR-HUAYANG-0001',        'CHC-HUAYANG',        'GP', 'TEAM-HUAYANG-1',        'LEADER', '杨一鸣', 'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '全科医学、老年多病共存综合管理、全科带教', true,  '华阳社区杨一鸣全科名医精品工作室负责人，从事全科医疗19年，擅长老年多病共存综合管理、全科带教，为签约居民制定个人健康管理方案。'),
    ('DR-HUAYANG-0002',        'CHC-HUAYANG',        'GP', 'TEAM-HUAYANG-1',        'MEMBER', '胡燕萍', 'FEMALE', 'ATTENDING_PHYSICIAN',       '全科医学、慢阻肺',                         true,  '华阳社区家庭医生，从事全科医疗11年，在工作室中负责签约居民的慢阻肺随访和肺功能筛查。'),
    ('DR-HUAYANG-0003',        'CHC-HUAYANG',        'GP', 'TEAM-HUAYANG-1',        'MEMBER', '郁岚',   'FEMALE', 'RESIDENT_PHYSICIAN',        '全科医学、慢性病随访',                     true,  '华阳社区家庭医生，从事全科医疗3年，在工作室中负责签约居民的慢性病随访和长处方配药。'),
    ('DR-HUAYANG-0004',        'CHC-HUAYANG',        'GP', 'TEAM-HUAYANG-1',        'MEMBER', '许婉清', 'FEMALE', 'CHIEF_NURSE',               '社区护理、慢病随访',                       false, '华阳社区护士，从事社区护理19年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-HUAYANG-2
    ('DR-HUAYANG-0005',        'CHC-HUAYANG',        'GP', 'TEAM-HUAYANG-2',        'LEADER', '丁峰',   'MALE',   'ATTENDING_PHYSICIAN',       '全科医学、糖尿病管理、慢阻肺随访',         true,  '华阳社区丁峰家庭医生工作室负责人，从事全科医疗15年，擅长糖尿病管理、慢阻肺随访，为签约居民制定个人健康管理方案。'),
    ('DR-HUAYANG-0006',        'CHC-HUAYANG',        'GP', 'TEAM-HUAYANG-2',        'MEMBER', '汤莹',   'FEMALE', 'RESIDENT_PHYSICIAN',        '全科医学、中医适宜技术',                   true,  '华阳社区家庭医生，从事全科医疗6年，在工作室中负责签约居民的中医体质辨识和中医适宜技术服务。'),
    ('DR-HUAYANG-0007',        'CHC-HUAYANG',        'GP', 'TEAM-HUAYANG-2',        'MEMBER', '邱晓琳', 'FEMALE', 'NURSE',                     '社区护理、健康宣教',                       false, '华阳社区护士，从事社区护理9年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-ZHOUJIAQIAO-1
    ('DR-ZHOUJIAQIAO-0001',    'CHC-ZHOUJIAQIAO',    'GP', 'TEAM-ZHOUJIAQIAO-1',    'LEADER', '刘伟民', 'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '全科医学、儿童常见病、儿童保健',           true,  '周家桥社区刘伟民家庭医生工作室负责人，从事全科医疗19年，擅长儿童常见病、儿童保健，为签约居民制定个人健康管理方案。'),
    ('DR-ZHOUJIAQIAO-0002',    'CHC-ZHOUJIAQIAO',    'GP', 'TEAM-ZHOUJIAQIAO-1',    'MEMBER', '朱立新', 'MALE',   'RESIDENT_PHYSICIAN',        '全科医学、骨关节病',                       true,  '周家桥社区家庭医生，从事全科医疗4年，在工作室中负责签约居民的骨关节病随访和骨质疏松筛查。'),
    ('DR-ZHOUJIAQIAO-0003',    'CHC-ZHOUJIAQIAO',    'GP', 'TEAM-ZHOUJIAQIAO-1',    'MEMBER', '蒋沁',   'FEMALE', 'RESIDENT_PHYSICIAN',        '全科医学、糖尿病',                         true,  '周家桥社区家庭医生，从事全科医疗6年，在工作室中负责签约居民的血糖监测和糖尿病随访。'),
    ('DR-ZHOUJIAQIAO-0004',    'CHC-ZHOUJIAQIAO',    'GP', 'TEAM-ZHOUJIAQIAO-1',    'MEMBER', '姚思远', 'MALE',   'NURSE',                     '居家护理、伤口护理',                       false, '周家桥社区护士，从事社区护理8年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-ZHOUJIAQIAO-2
    ('DR-ZHOUJIAQIAO-0005',    'CHC-ZHOUJIAQIAO',    'GP', 'TEAM-ZHOUJIAQIAO-2',    'LEADER', '邵耀庭', 'MALE',   'ATTENDING_PHYSICIAN',       '全科医学、高血压、脑卒中二级预防',         true,  '周家桥社区邵耀庭家庭医生工作室负责人，从事全科医疗15年，擅长高血压、脑卒中二级预防，为签约居民制定个人健康管理方案。'),
    ('DR-ZHOUJIAQIAO-0006',    'CHC-ZHOUJIAQIAO',    'GP', 'TEAM-ZHOUJIAQIAO-2',    'MEMBER', '卢卉',   'FEMALE', 'ATTENDING_PHYSICIAN',       '全科医学、慢阻肺',                         true,  '周家桥社区家庭医生，从事全科医疗15年，在工作室中负责签约居民的慢阻肺随访和肺功能筛查。'),
    ('DR-ZHOUJIAQIAO-0007',    'CHC-ZHOUJIAQIAO',    'GP', 'TEAM-ZHOUJIAQIAO-2',    'MEMBER', '陶雅琴', 'FEMALE', 'NURSE',                     '社区护理、老年照护',                       false, '周家桥社区护士，从事社区护理9年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-TIANSHAN-1
    ('DR-TIANSHAN-0001',       'CHC-TIANSHAN',       'GP', 'TEAM-TIANSHAN-1',       'LEADER', '陈秀英', 'FEMALE', 'ATTENDING_PHYSICIAN',       '全科医学、家庭病床、居家护理指导',         true,  '天山社区陈秀英家庭医生工作室负责人，从事全科医疗11年，擅长家庭病床、居家护理指导，为签约居民制定个人健康管理方案。'),
    ('DR-TIANSHAN-0002',       'CHC-TIANSHAN',       'GP', 'TEAM-TIANSHAN-1',       'MEMBER', '孙子健', 'MALE',   'ATTENDING_PHYSICIAN',       '全科医学、慢性病随访',                     true,  '天山社区家庭医生，从事全科医疗11年，在工作室中负责签约居民的慢性病随访和长处方配药。'),
    ('DR-TIANSHAN-0003',       'CHC-TIANSHAN',       'GP', 'TEAM-TIANSHAN-1',       'MEMBER', '施春燕', 'FEMALE', 'RESIDENT_PHYSICIAN',        '全科医学、血脂异常',                       true,  '天山社区家庭医生，从事全科医疗5年，在工作室中负责签约居民的血脂管理和心血管风险评估。'),
    ('DR-TIANSHAN-0004',       'CHC-TIANSHAN',       'GP', 'TEAM-TIANSHAN-1',       'MEMBER', '唐美玲', 'FEMALE', 'NURSE',                     '居家护理、家庭病床护理',                   false, '天山社区护士，从事社区护理8年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-TIANSHAN-2
    ('DR-TIANSHAN-0005',       'CHC-TIANSHAN',       'GP', 'TEAM-TIANSHAN-2',       'LEADER', '程泽民', 'MALE',   'ATTENDING_PHYSICIAN',       '全科医学、糖尿病管理、骨质疏松',           true,  '天山社区程泽民家庭医生工作室负责人，从事全科医疗15年，擅长糖尿病管理、骨质疏松，为签约居民制定个人健康管理方案。'),
    ('DR-TIANSHAN-0006',       'CHC-TIANSHAN',       'GP', 'TEAM-TIANSHAN-2',       'MEMBER', '龚晓峰', 'MALE',   'RESIDENT_PHYSICIAN',        '全科医学、骨关节病',                       true,  '天山社区家庭医生，从事全科医疗4年，在工作室中负责签约居民的骨关节病随访和骨质疏松筛查。'),
    ('DR-TIANSHAN-0007',       'CHC-TIANSHAN',       'GP', 'TEAM-TIANSHAN-2',       'MEMBER', '袁怀远', 'MALE',   'CHIEF_NURSE',               '居家护理、家庭病床护理',                   false, '天山社区护士，从事社区护理20年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-XIANXIA-1
    ('DR-XIANXIA-0001',        'CHC-XIANXIA',        'GP', 'TEAM-XIANXIA-1',        'LEADER', '张梦洁', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '全科医学、社区康复、卒中后康复随访',       true,  '仙霞社区张梦洁家庭医生工作室负责人，从事全科医疗19年，擅长社区康复、卒中后康复随访，为签约居民制定个人健康管理方案。'),
    ('DR-XIANXIA-0002',        'CHC-XIANXIA',        'GP', 'TEAM-XIANXIA-1',        'MEMBER', '徐芳',   'FEMALE', 'RESIDENT_PHYSICIAN',        '全科医学、糖尿病',                         true,  '仙霞社区家庭医生，从事全科医疗6年，在工作室中负责签约居民的血糖监测和糖尿病随访。'),
    ('DR-XIANXIA-0003',        'CHC-XIANXIA',        'GP', 'TEAM-XIANXIA-1',        'MEMBER', '钱军',   'MALE',   'RESIDENT_PHYSICIAN',        '全科医学、老年健康管理',                   true,  '仙霞社区家庭医生，从事全科医疗4年，在工作室中负责签约居民的老年人健康评估和体检结果解读。'),
    ('DR-XIANXIA-0004',        'CHC-XIANXIA',        'GP', 'TEAM-XIANXIA-1',        'MEMBER', '戴瑾',   'FEMALE', 'CHIEF_NURSE',               '社区护理、老年照护',                       false, '仙霞社区护士，从事社区护理19年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-XIANXIA-2
    ('DR-XIANXIA-0005',        'CHC-XIANXIA',        'GP', 'TEAM-XIANXIA-2',        'LEADER', '汪丽娟', 'FEMALE', 'ATTENDING_PHYSICIAN',       '全科医学、高血压、血脂异常',               true,  '仙霞社区汪丽娟家庭医生工作室负责人，从事全科医疗15年，擅长高血压、血脂异常，为签约居民制定个人健康管理方案。'),
    ('DR-XIANXIA-0006',        'CHC-XIANXIA',        'GP', 'TEAM-XIANXIA-2',        'MEMBER', '吕超',   'MALE',   'ATTENDING_PHYSICIAN',       '全科医学、慢性病随访',                     true,  '仙霞社区家庭医生，从事全科医疗15年，在工作室中负责签约居民的慢性病随访和长处方配药。'),
    ('DR-XIANXIA-0007',        'CHC-XIANXIA',        'GP', 'TEAM-XIANXIA-2',        'MEMBER', '谢彩霞', 'FEMALE', 'NURSE',                     '居家护理、伤口护理',                       false, '仙霞社区护士，从事社区护理9年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-HONGQIAO-1
    ('DR-HONGQIAO-0001',       'CHC-HONGQIAO',       'GP', 'TEAM-HONGQIAO-1',       'LEADER', '李建华', 'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '全科医学、眼健康筛查、糖尿病眼底随访',     true,  '虹桥社区李建华家庭医生工作室负责人，从事全科医疗19年，擅长眼健康筛查、糖尿病眼底随访，为签约居民制定个人健康管理方案。'),
    ('DR-HONGQIAO-0002',       'CHC-HONGQIAO',       'GP', 'TEAM-HONGQIAO-1',       'MEMBER', '吴洁',   'FEMALE', 'ATTENDING_PHYSICIAN',       '全科医学、血脂异常',                       true,  '虹桥社区家庭医生，从事全科医疗11年，在工作室中负责签约居民的血脂管理和心血管风险评估。'),
    ('DR-HONGQIAO-0003',       'CHC-HONGQIAO',       'GP', 'TEAM-HONGQIAO-1',       'MEMBER', '陆振华', 'MALE',   'RESIDENT_PHYSICIAN',        '全科医学、高血压',                         true,  '虹桥社区家庭医生，从事全科医疗3年，在工作室中负责签约居民的高血压随访和用药指导。'),
    ('DR-HONGQIAO-0004',       'CHC-HONGQIAO',       'GP', 'TEAM-HONGQIAO-1',       'MEMBER', '范芸',   'FEMALE', 'NURSE',                     '社区护理、慢病随访',                       false, '虹桥社区护士，从事社区护理8年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-HONGQIAO-2
    ('DR-HONGQIAO-0005',       'CHC-HONGQIAO',       'GP', 'TEAM-HONGQIAO-2',       'LEADER', '叶秀兰', 'FEMALE', 'ATTENDING_PHYSICIAN',       '全科医学、高血压、功能社区签约服务',       true,  '虹桥社区叶秀兰家庭医生工作室负责人，从事全科医疗15年，擅长高血压、功能社区签约服务，为签约居民制定个人健康管理方案。'),
    ('DR-HONGQIAO-0006',       'CHC-HONGQIAO',       'GP', 'TEAM-HONGQIAO-2',       'MEMBER', '严丽萍', 'FEMALE', 'RESIDENT_PHYSICIAN',        '全科医学、糖尿病',                         true,  '虹桥社区家庭医生，从事全科医疗6年，在工作室中负责签约居民的血糖监测和糖尿病随访。'),
    ('DR-HONGQIAO-0007',       'CHC-HONGQIAO',       'GP', 'TEAM-HONGQIAO-2',       'MEMBER', '潘悦',   'FEMALE', 'NURSE',                     '社区护理、健康宣教',                       false, '虹桥社区护士，从事社区护理9年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-CHENGJIAQIAO-1
    ('DR-CHENGJIAQIAO-0001',   'CHC-CHENGJIAQIAO',   'GP', 'TEAM-CHENGJIAQIAO-1',   'LEADER', '王世杰', 'MALE',   'ATTENDING_PHYSICIAN',       '全科医学、安宁疗护、疼痛与症状管理',       true,  '程家桥社区王世杰家庭医生工作室负责人，从事全科医疗11年，擅长安宁疗护、疼痛与症状管理，为签约居民制定个人健康管理方案。'),
    ('DR-CHENGJIAQIAO-0002',   'CHC-CHENGJIAQIAO',   'GP', 'TEAM-CHENGJIAQIAO-1',   'MEMBER', '周书瑶', 'FEMALE', 'RESIDENT_PHYSICIAN',        '全科医学、老年健康管理',                   true,  '程家桥社区家庭医生，从事全科医疗4年，在工作室中负责签约居民的老年人健康评估和体检结果解读。'),
    ('DR-CHENGJIAQIAO-0003',   'CHC-CHENGJIAQIAO',   'GP', 'TEAM-CHENGJIAQIAO-1',   'MEMBER', '顾庆丰', 'MALE',   'RESIDENT_PHYSICIAN',        '全科医学、中医适宜技术',                   true,  '程家桥社区家庭医生，从事全科医疗6年，在工作室中负责签约居民的中医体质辨识和中医适宜技术服务。'),
    ('DR-CHENGJIAQIAO-0004',   'CHC-CHENGJIAQIAO',   'GP', 'TEAM-CHENGJIAQIAO-1',   'MEMBER', '曹晓燕', 'FEMALE', 'NURSE',                     '居家护理、伤口护理',                       false, '程家桥社区护士，从事社区护理8年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-CHENGJIAQIAO-2
    ('DR-CHENGJIAQIAO-0005',   'CHC-CHENGJIAQIAO',   'GP', 'TEAM-CHENGJIAQIAO-2',   'LEADER', '马正阳', 'MALE',   'ATTENDING_PHYSICIAN',       '全科医学、高血压、失能老人居家医疗',       true,  '程家桥社区马正阳家庭医生工作室负责人，从事全科医疗15年，擅长高血压、失能老人居家医疗，为签约居民制定个人健康管理方案。'),
    ('DR-CHENGJIAQIAO-0006',   'CHC-CHENGJIAQIAO',   'GP', 'TEAM-CHENGJIAQIAO-2',   'MEMBER', '俞颖',   'FEMALE', 'ATTENDING_PHYSICIAN',       '全科医学、血脂异常',                       true,  '程家桥社区家庭医生，从事全科医疗15年，在工作室中负责签约居民的血脂管理和心血管风险评估。'),
    ('DR-CHENGJIAQIAO-0007',   'CHC-CHENGJIAQIAO',   'GP', 'TEAM-CHENGJIAQIAO-2',   'MEMBER', '费雪梅', 'FEMALE', 'CHIEF_NURSE',               '社区护理、老年照护',                       false, '程家桥社区护士，从事社区护理20年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-BEIXINJING-1
    ('DR-BEIXINJING-0001',     'CHC-BEIXINJING',     'GP', 'TEAM-BEIXINJING-1',     'LEADER', '葛晓红', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '全科医学、健康教育、慢病自我管理指导',     true,  '北新泾社区葛晓红家庭医生工作室负责人，从事全科医疗19年，擅长健康教育、慢病自我管理指导，为签约居民制定个人健康管理方案。'),
    ('DR-BEIXINJING-0002',     'CHC-BEIXINJING',     'GP', 'TEAM-BEIXINJING-1',     'MEMBER', '黄鹏',   'MALE',   'ATTENDING_PHYSICIAN',       '全科医学、高血压',                         true,  '北新泾社区家庭医生，从事全科医疗11年，在工作室中负责签约居民的高血压随访和用药指导。'),
    ('DR-BEIXINJING-0003',     'CHC-BEIXINJING',     'GP', 'TEAM-BEIXINJING-1',     'MEMBER', '沈若兰', 'FEMALE', 'RESIDENT_PHYSICIAN',        '全科医学、慢阻肺',                         true,  '北新泾社区家庭医生，从事全科医疗5年，在工作室中负责签约居民的慢阻肺随访和肺功能筛查。'),
    ('DR-BEIXINJING-0004',     'CHC-BEIXINJING',     'GP', 'TEAM-BEIXINJING-1',     'MEMBER', '金蓉',   'FEMALE', 'CHIEF_NURSE',               '社区护理、健康宣教',                       false, '北新泾社区护士，从事社区护理19年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-BEIXINJING-2
    ('DR-BEIXINJING-0005',     'CHC-BEIXINJING',     'GP', 'TEAM-BEIXINJING-2',     'LEADER', '何建平', 'MALE',   'ATTENDING_PHYSICIAN',       '全科医学、糖尿病管理、慢阻肺',             true,  '北新泾社区何建平家庭医生工作室负责人，从事全科医疗15年，擅长糖尿病管理、慢阻肺，为签约居民制定个人健康管理方案。'),
    ('DR-BEIXINJING-0006',     'CHC-BEIXINJING',     'GP', 'TEAM-BEIXINJING-2',     'MEMBER', '倪长青', 'MALE',   'RESIDENT_PHYSICIAN',        '全科医学、老年健康管理',                   true,  '北新泾社区家庭医生，从事全科医疗4年，在工作室中负责签约居民的老年人健康评估和体检结果解读。'),
    ('DR-BEIXINJING-0007',     'CHC-BEIXINJING',     'GP', 'TEAM-BEIXINJING-2',     'MEMBER', '秦雯雯', 'FEMALE', 'NURSE',                     '社区护理、慢病随访',                       false, '北新泾社区护士，从事社区护理9年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-XINJING-1
    ('DR-XINJING-0001',        'CHC-XINJING',        'GP', 'TEAM-XINJING-1',        'LEADER', '方慧琳', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '全科医学、糖尿病管理、糖尿病足早期筛查',   true,  '新泾社区方慧琳家庭医生工作室负责人，从事全科医疗19年，擅长糖尿病管理、糖尿病足早期筛查，为签约居民制定个人健康管理方案。'),
    ('DR-XINJING-0002',        'CHC-XINJING',        'GP', 'TEAM-XINJING-1',        'MEMBER', '杨敬之', 'MALE',   'RESIDENT_PHYSICIAN',        '全科医学、中医适宜技术',                   true,  '新泾社区家庭医生，从事全科医疗6年，在工作室中负责签约居民的中医体质辨识和中医适宜技术服务。'),
    ('DR-XINJING-0003',        'CHC-XINJING',        'GP', 'TEAM-XINJING-1',        'MEMBER', '胡秋云', 'FEMALE', 'RESIDENT_PHYSICIAN',        '全科医学、骨关节病',                       true,  '新泾社区家庭医生，从事全科医疗4年，在工作室中负责签约居民的骨关节病随访和骨质疏松筛查。'),
    ('DR-XINJING-0004',        'CHC-XINJING',        'GP', 'TEAM-XINJING-1',        'MEMBER', '郁梅',   'FEMALE', 'NURSE',                     '社区护理、老年照护',                       false, '新泾社区护士，从事社区护理8年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-XINJING-2
    ('DR-XINJING-0005',        'CHC-XINJING',        'GP', 'TEAM-XINJING-2',        'LEADER', '许静怡', 'FEMALE', 'ATTENDING_PHYSICIAN',       '全科医学、高血压、冠心病',                 true,  '新泾社区许静怡家庭医生工作室负责人，从事全科医疗15年，擅长高血压、冠心病，为签约居民制定个人健康管理方案。'),
    ('DR-XINJING-0006',        'CHC-XINJING',        'GP', 'TEAM-XINJING-2',        'MEMBER', '丁德昌', 'MALE',   'ATTENDING_PHYSICIAN',       '全科医学、高血压',                         true,  '新泾社区家庭医生，从事全科医疗15年，在工作室中负责签约居民的高血压随访和用药指导。'),
    ('DR-XINJING-0007',        'CHC-XINJING',        'GP', 'TEAM-XINJING-2',        'MEMBER', '汤雅萍', 'FEMALE', 'NURSE',                     '居家护理、伤口护理',                       false, '新泾社区护士，从事社区护理9年，负责签约居民的健康随访、上门护理和健康宣教。'),
    -- TEAM-XINJING-BRANCH-1
    ('DR-XINJING-BRANCH-0001', 'CHC-XINJING-BRANCH', 'GP', 'TEAM-XINJING-BRANCH-1', 'LEADER', '邱玮',   'FEMALE', 'ATTENDING_PHYSICIAN',       '全科医学、高血压、糖尿病管理',             true,  '新泾分中心邱玮家庭医生工作室负责人，从事全科医疗11年，擅长高血压、糖尿病管理，为签约居民制定个人健康管理方案。'),
    ('DR-XINJING-BRANCH-0002', 'CHC-XINJING-BRANCH', 'GP', 'TEAM-XINJING-BRANCH-1', 'MEMBER', '刘永年', 'MALE',   'ATTENDING_PHYSICIAN',       '全科医学、慢阻肺',                         true,  '新泾分中心家庭医生，从事全科医疗11年，在工作室中负责签约居民的慢阻肺随访和肺功能筛查。'),
    ('DR-XINJING-BRANCH-0003', 'CHC-XINJING-BRANCH', 'GP', 'TEAM-XINJING-BRANCH-1', 'MEMBER', '朱蕴华', 'FEMALE', 'CHIEF_NURSE',               '社区护理、老年照护',                       false, '新泾分中心社区护士，从事社区护理21年，负责签约居民的健康随访、上门护理和健康宣教。')
) AS v (code, institution, department, team, team_role, name, gender, title, specialty,
        family_doctor, introduction)
ON CONFLICT (code) DO UPDATE SET
    institution_id = EXCLUDED.institution_id,
    department_id = EXCLUDED.department_id,
    team_id = EXCLUDED.team_id,
    team_role = EXCLUDED.team_role,
    name = EXCLUDED.name,
    gender = EXCLUDED.gender,
    title = EXCLUDED.title,
    specialty = EXCLUDED.specialty,
    family_doctor = EXCLUDED.family_doctor,
    introduction = EXCLUDED.introduction,
    updated_at = now()
WHERE (doctor.institution_id, doctor.department_id, doctor.team_id, doctor.team_role, doctor.name,
       doctor.gender, doctor.title, doctor.specialty, doctor.family_doctor, doctor.introduction)
      IS DISTINCT FROM (EXCLUDED.institution_id, EXCLUDED.department_id, EXCLUDED.team_id,
                        EXCLUDED.team_role, EXCLUDED.name, EXCLUDED.gender, EXCLUDED.title,
                        EXCLUDED.specialty, EXCLUDED.family_doctor, EXCLUDED.introduction);

-- ---------------------------------------------------------------------------------------------
-- 10. Hospital doctors: not in any team, not family doctors. Chief and associate chief
--     physicians hold expert clinics (专家门诊).
-- ---------------------------------------------------------------------------------------------
INSERT INTO doctor (id, code, institution_id, department_id, team_id, team_role, name, gender,
                    title, specialty, family_doctor, introduction)
SELECT gen_random_uuid(), v.code,
       (SELECT i.id FROM institution i WHERE i.code = v.institution),
       (SELECT d.id FROM department d JOIN institution i ON i.id = d.institution_id
         WHERE i.code = v.institution AND d.code = v.department),
       (SELECT t.id FROM family_doctor_team t WHERE t.code = v.team),
       v.team_role, v.name, v.gender, v.title, v.specialty, v.family_doctor, v.introduction
FROM (VALUES
    ('DR-TONGREN-0001',       'HOSP-TONGREN',       'CARDIOLOGY',         NULL, NULL, '蒋鸿',   'MALE',   'CHIEF_PHYSICIAN',           '冠心病介入治疗、心力衰竭',           false, '同仁医院心内科主任医师，从事临床工作26年，擅长冠心病介入治疗、心力衰竭，出专家门诊。'),
    ('DR-TONGREN-0002',       'HOSP-TONGREN',       'CARDIOLOGY',         NULL, NULL, '姚庆芳', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '高血压、心律失常',                   false, '同仁医院心内科副主任医师，从事临床工作22年，擅长高血压、心律失常，出专家门诊。'),
    ('DR-TONGREN-0003',       'HOSP-TONGREN',       'ENDOCRINOLOGY',      NULL, NULL, '邵丽华', 'FEMALE', 'CHIEF_PHYSICIAN',           '糖尿病及其并发症、甲状腺疾病',       false, '同仁医院内分泌科主任医师，从事临床工作27年，擅长糖尿病及其并发症、甲状腺疾病，出专家门诊。'),
    ('DR-TONGREN-0004',       'HOSP-TONGREN',       'ENDOCRINOLOGY',      NULL, NULL, '卢国平', 'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '骨质疏松、肥胖与代谢综合征',         false, '同仁医院内分泌科副主任医师，从事临床工作23年，擅长骨质疏松、肥胖与代谢综合征，出专家门诊。'),
    ('DR-TONGREN-0005',       'HOSP-TONGREN',       'RESPIRATORY',        NULL, NULL, '陶佳怡', 'FEMALE', 'CHIEF_PHYSICIAN',           '慢性阻塞性肺疾病、重症肺部感染',     false, '同仁医院呼吸与危重症医学科主任医师，从事临床工作28年，擅长慢性阻塞性肺疾病、重症肺部感染，出专家门诊。'),
    ('DR-TONGREN-0006',       'HOSP-TONGREN',       'RESPIRATORY',        NULL, NULL, '孙涛',   'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '支气管哮喘、肺结节',                 false, '同仁医院呼吸与危重症医学科副主任医师，从事临床工作19年，擅长支气管哮喘、肺结节，出专家门诊。'),
    ('DR-TONGREN-0007',       'HOSP-TONGREN',       'GASTRO',             NULL, NULL, '施志强', 'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '胃食管反流病、消化内镜诊疗',         false, '同仁医院消化内科副主任医师，从事临床工作22年，擅长胃食管反流病、消化内镜诊疗，出专家门诊。'),
    ('DR-TONGREN-0008',       'HOSP-TONGREN',       'GASTRO',             NULL, NULL, '唐文静', 'FEMALE', 'ATTENDING_PHYSICIAN',       '慢性胃炎、肠易激综合征',             false, '同仁医院消化内科主治医师，从事临床工作12年，擅长慢性胃炎、肠易激综合征。'),
    ('DR-TONGREN-0009',       'HOSP-TONGREN',       'NEUROLOGY',          NULL, NULL, '程宇',   'MALE',   'CHIEF_PHYSICIAN',           '脑血管病、卒中二级预防',             false, '同仁医院神经内科主任医师，从事临床工作30年，擅长脑血管病、卒中二级预防，出专家门诊。'),
    ('DR-TONGREN-0010',       'HOSP-TONGREN',       'NEUROLOGY',          NULL, NULL, '龚琳',   'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '帕金森病、认知障碍',                 false, '同仁医院神经内科副主任医师，从事临床工作21年，擅长帕金森病、认知障碍，出专家门诊。'),
    ('DR-TONGREN-0011',       'HOSP-TONGREN',       'NEPHROLOGY',         NULL, NULL, '袁思颖', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '慢性肾脏病、肾性高血压',             false, '同仁医院肾内科副主任医师，从事临床工作19年，擅长慢性肾脏病、肾性高血压，出专家门诊。'),
    ('DR-TONGREN-0012',       'HOSP-TONGREN',       'NEPHROLOGY',         NULL, NULL, '张海峰', 'MALE',   'ATTENDING_PHYSICIAN',       '血液透析、糖尿病肾病',               false, '同仁医院肾内科主治医师，从事临床工作14年，擅长血液透析、糖尿病肾病。'),
    ('DR-TONGREN-0013',       'HOSP-TONGREN',       'GENERAL-SURGERY',    NULL, NULL, '徐怡君', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '胃肠肿瘤、腹腔镜微创手术',           false, '同仁医院普外科副主任医师，从事临床工作20年，擅长胃肠肿瘤、腹腔镜微创手术，出专家门诊。'),
    ('DR-TONGREN-0014',       'HOSP-TONGREN',       'GENERAL-SURGERY',    NULL, NULL, '钱卫东', 'MALE',   'ATTENDING_PHYSICIAN',       '甲状腺疾病、腹股沟疝',               false, '同仁医院普外科主治医师，从事临床工作15年，擅长甲状腺疾病、腹股沟疝。'),
    ('DR-TONGREN-0015',       'HOSP-TONGREN',       'ORTHOPAEDICS',       NULL, NULL, '戴云龙', 'MALE',   'CHIEF_PHYSICIAN',           '人工关节置换、骨关节炎',             false, '同仁医院骨科主任医师，从事临床工作28年，擅长人工关节置换、骨关节炎，出专家门诊。'),
    ('DR-TONGREN-0016',       'HOSP-TONGREN',       'ORTHOPAEDICS',       NULL, NULL, '汪倩',   'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '脊柱退行性疾病、骨质疏松性骨折',     false, '同仁医院骨科副主任医师，从事临床工作19年，擅长脊柱退行性疾病、骨质疏松性骨折，出专家门诊。'),
    ('DR-TONGREN-0017',       'HOSP-TONGREN',       'UROLOGY',            NULL, NULL, '吕佩珊', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '前列腺疾病、泌尿系结石',             false, '同仁医院泌尿外科副主任医师，从事临床工作22年，擅长前列腺疾病、泌尿系结石，出专家门诊。'),
    ('DR-TONGREN-0018',       'HOSP-TONGREN',       'UROLOGY',            NULL, NULL, '谢刚',   'MALE',   'ATTENDING_PHYSICIAN',       '泌尿系肿瘤、尿失禁',                 false, '同仁医院泌尿外科主治医师，从事临床工作12年，擅长泌尿系肿瘤、尿失禁。'),
    ('DR-TONGREN-0019',       'HOSP-TONGREN',       'OPHTHALMOLOGY',      NULL, NULL, '李亚楠', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '白内障、青光眼',                     false, '同仁医院眼科副主任医师，从事临床工作23年，擅长白内障、青光眼，出专家门诊。'),
    ('DR-TONGREN-0020',       'HOSP-TONGREN',       'OPHTHALMOLOGY',      NULL, NULL, '吴国强', 'MALE',   'ATTENDING_PHYSICIAN',       '糖尿病视网膜病变、眼底病',           false, '同仁医院眼科主治医师，从事临床工作13年，擅长糖尿病视网膜病变、眼底病。'),
    ('DR-TONGREN-0021',       'HOSP-TONGREN',       'ENT',                NULL, NULL, '陆海涛', 'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '慢性鼻窦炎、睡眠呼吸暂停',           false, '同仁医院耳鼻喉科副主任医师，从事临床工作19年，擅长慢性鼻窦炎、睡眠呼吸暂停，出专家门诊。'),
    ('DR-TONGREN-0022',       'HOSP-TONGREN',       'ENT',                NULL, NULL, '范惠芳', 'FEMALE', 'ATTENDING_PHYSICIAN',       '耳聋耳鸣、咽喉疾病',                 false, '同仁医院耳鼻喉科主治医师，从事临床工作14年，擅长耳聋耳鸣、咽喉疾病。'),
    ('DR-TONGREN-0023',       'HOSP-TONGREN',       'PAEDIATRICS',        NULL, NULL, '叶家骏', 'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '小儿呼吸系统疾病、儿童哮喘',         false, '同仁医院儿科副主任医师，从事临床工作20年，擅长小儿呼吸系统疾病、儿童哮喘，出专家门诊。'),
    ('DR-TONGREN-0024',       'HOSP-TONGREN',       'PAEDIATRICS',        NULL, NULL, '严晓岚', 'FEMALE', 'ATTENDING_PHYSICIAN',       '儿童生长发育、小儿消化系统疾病',     false, '同仁医院儿科主治医师，从事临床工作15年，擅长儿童生长发育、小儿消化系统疾病。'),
    ('DR-TONGREN-0025',       'HOSP-TONGREN',       'OBGYN',              NULL, NULL, '潘忆婷', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '妇科肿瘤、宫腔镜诊疗',               false, '同仁医院妇产科副主任医师，从事临床工作21年，擅长妇科肿瘤、宫腔镜诊疗，出专家门诊。'),
    ('DR-TONGREN-0026',       'HOSP-TONGREN',       'OBGYN',              NULL, NULL, '王志刚', 'MALE',   'ATTENDING_PHYSICIAN',       '围产期保健、高危妊娠',               false, '同仁医院妇产科主治医师，从事临床工作11年，擅长围产期保健、高危妊娠。'),
    ('DR-TONGREN-0027',       'HOSP-TONGREN',       'STOMATOLOGY',        NULL, NULL, '周诗韵', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '牙体牙髓病、口腔修复',               false, '同仁医院口腔科副主任医师，从事临床工作22年，擅长牙体牙髓病、口腔修复，出专家门诊。'),
    ('DR-TONGREN-0028',       'HOSP-TONGREN',       'STOMATOLOGY',        NULL, NULL, '顾景行', 'MALE',   'ATTENDING_PHYSICIAN',       '牙周病、口腔种植',                   false, '同仁医院口腔科主治医师，从事临床工作12年，擅长牙周病、口腔种植。'),
    ('DR-TONGREN-0029',       'HOSP-TONGREN',       'DERMATOLOGY',        NULL, NULL, '曹朝晖', 'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '湿疹、银屑病',                       false, '同仁医院皮肤科副主任医师，从事临床工作23年，擅长湿疹、银屑病，出专家门诊。'),
    ('DR-TONGREN-0030',       'HOSP-TONGREN',       'DERMATOLOGY',        NULL, NULL, '马秀珍', 'FEMALE', 'ATTENDING_PHYSICIAN',       '痤疮、过敏性皮肤病',                 false, '同仁医院皮肤科主治医师，从事临床工作13年，擅长痤疮、过敏性皮肤病。'),
    ('DR-TONGREN-0031',       'HOSP-TONGREN',       'RADIOLOGY',          NULL, NULL, '俞一帆', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', 'CT与磁共振诊断、胸部影像',           false, '同仁医院放射科副主任医师，从事放射诊断工作19年，擅长CT与磁共振诊断、胸部影像。'),
    ('DR-TONGREN-0032',       'HOSP-TONGREN',       'RADIOLOGY',          NULL, NULL, '费家明', 'MALE',   'ATTENDING_PHYSICIAN',       '神经系统影像、骨关节影像',           false, '同仁医院放射科主治医师，从事放射诊断工作14年，擅长神经系统影像、骨关节影像。'),
    ('DR-TONGREN-0033',       'HOSP-TONGREN',       'ULTRASOUND',         NULL, NULL, '葛静',   'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '心脏超声、血管超声',                 false, '同仁医院超声医学科副主任医师，从事超声医学诊断工作20年，擅长心脏超声、血管超声。'),
    ('DR-TONGREN-0034',       'HOSP-TONGREN',       'ULTRASOUND',         NULL, NULL, '黄益民', 'MALE',   'ATTENDING_PHYSICIAN',       '甲状腺及乳腺超声、腹部超声',         false, '同仁医院超声医学科主治医师，从事超声医学诊断工作15年，擅长甲状腺及乳腺超声、腹部超声。'),
    ('DR-TONGREN-0035',       'HOSP-TONGREN',       'LABORATORY',         NULL, NULL, '沈勇',   'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '临床生化、检验质量管理',             false, '同仁医院检验科副主任医师，从事检验诊断工作21年，擅长临床生化、检验质量管理。'),
    ('DR-TONGREN-0036',       'HOSP-TONGREN',       'LABORATORY',         NULL, NULL, '金婷',   'FEMALE', 'ATTENDING_PHYSICIAN',       '临床免疫、微生物检验',               false, '同仁医院检验科主治医师，从事检验诊断工作11年，擅长临床免疫、微生物检验。'),
    ('DR-GUANGHUA-0001',      'HOSP-GUANGHUA',      'RHEUMATOLOGY',       NULL, NULL, '何斌',   'MALE',   'CHIEF_PHYSICIAN',           '类风湿关节炎、强直性脊柱炎',         false, '光华医院风湿免疫科主任医师，从事临床工作29年，擅长类风湿关节炎、强直性脊柱炎，出专家门诊。'),
    ('DR-GUANGHUA-0002',      'HOSP-GUANGHUA',      'RHEUMATOLOGY',       NULL, NULL, '倪海燕', 'FEMALE', 'ATTENDING_PHYSICIAN',       '痛风、系统性红斑狼疮',               false, '光华医院风湿免疫科主治医师，从事临床工作12年，擅长痛风、系统性红斑狼疮。'),
    ('DR-GUANGHUA-0003',      'HOSP-GUANGHUA',      'JOINT-SURGERY',      NULL, NULL, '秦蕾',   'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '膝髋关节置换、关节镜微创手术',       false, '光华医院关节外科副主任医师，从事临床工作23年，擅长膝髋关节置换、关节镜微创手术，出专家门诊。'),
    ('DR-GUANGHUA-0004',      'HOSP-GUANGHUA',      'JOINT-SURGERY',      NULL, NULL, '方俊',   'MALE',   'ATTENDING_PHYSICIAN',       '类风湿关节畸形矫正',                 false, '光华医院关节外科主治医师，从事临床工作13年，擅长类风湿关节畸形矫正。'),
    ('DR-GUANGHUA-0005',      'HOSP-GUANGHUA',      'TCM',                NULL, NULL, '杨欣怡', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '中医药治疗风湿病、膏方调理',         false, '光华医院中医科副主任医师，从事临床工作19年，擅长中医药治疗风湿病、膏方调理，出专家门诊。'),
    ('DR-GUANGHUA-0006',      'HOSP-GUANGHUA',      'ACUPUNCTURE',        NULL, NULL, '胡文斌', 'MALE',   'ATTENDING_PHYSICIAN',       '针灸治疗关节疼痛、颈肩腰腿痛',       false, '光华医院针灸科主治医师，从事临床工作14年，擅长针灸治疗关节疼痛、颈肩腰腿痛。'),
    ('DR-GUANGHUA-0007',      'HOSP-GUANGHUA',      'REHAB',              NULL, NULL, '郁嘉伟', 'MALE',   'ATTENDING_PHYSICIAN',       '关节术后康复、运动疗法',             false, '光华医院康复医学科主治医师，从事临床工作12年，擅长关节术后康复、运动疗法。'),
    ('DR-GUANGHUA-0008',      'HOSP-GUANGHUA',      'INTERNAL',           NULL, NULL, '许晓雯', 'FEMALE', 'ATTENDING_PHYSICIAN',       '高血压、糖尿病等慢性病诊疗',         false, '光华医院综合内科主治医师，从事临床工作15年，擅长高血压、糖尿病等慢性病诊疗。'),
    ('DR-TIANSHAN-TCM-0001',  'HOSP-TIANSHAN-TCM',  'REHAB',              NULL, NULL, '丁莉',   'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '脑卒中后康复、骨科术后康复',         false, '天山中医医院康复科副主任医师，从事临床工作21年，擅长脑卒中后康复、骨科术后康复，出专家门诊。'),
    ('DR-TIANSHAN-TCM-0002',  'HOSP-TIANSHAN-TCM',  'REHAB',              NULL, NULL, '汤学文', 'MALE',   'ATTENDING_PHYSICIAN',       '颈腰椎病康复、慢性疼痛康复',         false, '天山中医医院康复科主治医师，从事临床工作11年，擅长颈腰椎病康复、慢性疼痛康复。'),
    ('DR-TIANSHAN-TCM-0003',  'HOSP-TIANSHAN-TCM',  'ACU-TUINA',          NULL, NULL, '邱晶晶', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '针灸治疗面瘫、颈肩腰腿痛',           false, '天山中医医院针灸推拿科副主任医师，从事临床工作22年，擅长针灸治疗面瘫、颈肩腰腿痛，出专家门诊。'),
    ('DR-TIANSHAN-TCM-0004',  'HOSP-TIANSHAN-TCM',  'ACU-TUINA',          NULL, NULL, '朱健',   'MALE',   'ATTENDING_PHYSICIAN',       '推拿治疗颈椎病、小儿推拿',           false, '天山中医医院针灸推拿科主治医师，从事临床工作12年，擅长推拿治疗颈椎病、小儿推拿。'),
    ('DR-TIANSHAN-TCM-0005',  'HOSP-TIANSHAN-TCM',  'TCM-INTERNAL',       NULL, NULL, '蒋志远', 'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '中医调治失眠、慢性胃病',             false, '天山中医医院中医内科副主任医师，从事临床工作23年，擅长中医调治失眠、慢性胃病，出专家门诊。'),
    ('DR-TIANSHAN-TCM-0006',  'HOSP-TIANSHAN-TCM',  'TCM-GYNAECOLOGY',    NULL, NULL, '姚月华', 'FEMALE', 'ATTENDING_PHYSICIAN',       '月经不调、更年期综合征中医调理',     false, '天山中医医院中医妇科主治医师，从事临床工作13年，擅长月经不调、更年期综合征中医调理。'),
    ('DR-TIANSHAN-TCM-0007',  'HOSP-TIANSHAN-TCM',  'TCM-ORTHOPAEDICS',   NULL, NULL, '邵博文', 'MALE',   'ATTENDING_PHYSICIAN',       '骨折中医治疗、骨关节退行性病变',     false, '天山中医医院中医骨伤科主治医师，从事临床工作11年，擅长骨折中医治疗、骨关节退行性病变。'),
    ('DR-MCH-0001',           'HOSP-MCH',           'GYNAECOLOGY',        NULL, NULL, '卢素琴', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '宫颈疾病、妇科内分泌',               false, '区妇幼保健院妇科副主任医师，从事临床工作22年，擅长宫颈疾病、妇科内分泌，出专家门诊。'),
    ('DR-MCH-0002',           'HOSP-MCH',           'GYNAECOLOGY',        NULL, NULL, '陶红梅', 'FEMALE', 'ATTENDING_PHYSICIAN',       '妇科炎症、围绝经期保健',             false, '区妇幼保健院妇科主治医师，从事临床工作12年，擅长妇科炎症、围绝经期保健。'),
    ('DR-MCH-0003',           'HOSP-MCH',           'OBSTETRICS',         NULL, NULL, '陈炜',   'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '高危妊娠管理、产前诊断',             false, '区妇幼保健院产科副主任医师，从事临床工作23年，擅长高危妊娠管理、产前诊断，出专家门诊。'),
    ('DR-MCH-0004',           'HOSP-MCH',           'OBSTETRICS',         NULL, NULL, '孙心怡', 'FEMALE', 'ATTENDING_PHYSICIAN',       '孕期保健、妊娠期糖尿病',             false, '区妇幼保健院产科主治医师，从事临床工作13年，擅长孕期保健、妊娠期糖尿病。'),
    ('DR-MCH-0005',           'HOSP-MCH',           'CHILD-HEALTH',       NULL, NULL, '施立成', 'MALE',   'ATTENDING_PHYSICIAN',       '儿童生长发育评估、营养指导',         false, '区妇幼保健院儿童保健科主治医师，从事临床工作11年，擅长儿童生长发育评估、营养指导。'),
    ('DR-MCH-0006',           'HOSP-MCH',           'CHILD-HEALTH',       NULL, NULL, '唐启明', 'MALE',   'RESIDENT_PHYSICIAN',        '儿童早期发展、儿童视力筛查',         false, '区妇幼保健院儿童保健科住院医师，从事临床工作3年，擅长儿童早期发展、儿童视力筛查。'),
    ('DR-MCH-0007',           'HOSP-MCH',           'BREAST',             NULL, NULL, '程佳琪', 'FEMALE', 'ATTENDING_PHYSICIAN',       '乳腺疾病筛查、哺乳期乳腺炎',         false, '区妇幼保健院乳腺科主治医师，从事临床工作12年，擅长乳腺疾病筛查、哺乳期乳腺炎。'),
    ('DR-MCH-0008',           'HOSP-MCH',           'ULTRASOUND',         NULL, NULL, '龚海宁', 'FEMALE', 'ATTENDING_PHYSICIAN',       '产科超声、妇科超声',                 false, '区妇幼保健院超声科主治医师，从事超声诊断工作15年，擅长产科超声、妇科超声。'),
    ('DR-MENTAL-HEALTH-0001', 'HOSP-MENTAL-HEALTH', 'PSYCHIATRY',         NULL, NULL, '袁凯',   'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '精神分裂症、双相情感障碍',           false, '区精神卫生中心精神科副主任医师，从事临床工作21年，擅长精神分裂症、双相情感障碍，出专家门诊。'),
    ('DR-MENTAL-HEALTH-0002', 'HOSP-MENTAL-HEALTH', 'PSYCHIATRY',         NULL, NULL, '张瑞芬', 'FEMALE', 'ATTENDING_PHYSICIAN',       '严重精神障碍社区随访管理',           false, '区精神卫生中心精神科主治医师，从事临床工作11年，擅长严重精神障碍社区随访管理。'),
    ('DR-MENTAL-HEALTH-0003', 'HOSP-MENTAL-HEALTH', 'COUNSELLING',        NULL, NULL, '徐仲达', 'MALE',   'ATTENDING_PHYSICIAN',       '焦虑、抑郁情绪的心理咨询',           false, '区精神卫生中心心理咨询科主治医师，从事临床工作14年，擅长焦虑、抑郁情绪的心理咨询。'),
    ('DR-MENTAL-HEALTH-0004', 'HOSP-MENTAL-HEALTH', 'GERIATRIC-PSYCH',    NULL, NULL, '钱磊',   'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '阿尔茨海默病、老年期抑郁',           false, '区精神卫生中心老年精神科副主任医师，从事临床工作20年，擅长阿尔茨海默病、老年期抑郁，出专家门诊。'),
    ('DR-MENTAL-HEALTH-0005', 'HOSP-MENTAL-HEALTH', 'CHILD-PSYCH',        NULL, NULL, '戴敏',   'FEMALE', 'ATTENDING_PHYSICIAN',       '儿童多动症、青少年情绪问题',         false, '区精神卫生中心儿童青少年心理科主治医师，从事临床工作15年，擅长儿童多动症、青少年情绪问题。'),
    ('DR-HUADONG-0001',       'CITY-HUADONG',       'GERIATRICS',         NULL, NULL, '汪明',   'MALE',   'CHIEF_PHYSICIAN',           '老年多病共存、老年综合评估',         false, '华东医院老年科主任医师，从事临床工作28年，擅长老年多病共存、老年综合评估，出专家门诊。'),
    ('DR-HUADONG-0002',       'CITY-HUADONG',       'GERIATRICS',         NULL, NULL, '吕慧',   'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '老年营养与衰弱',                     false, '华东医院老年科副主任医师，从事临床工作19年，擅长老年营养与衰弱，出专家门诊。'),
    ('DR-HUADONG-0003',       'CITY-HUADONG',       'CARDIOLOGY',         NULL, NULL, '谢玉兰', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '冠心病、老年心力衰竭',               false, '华东医院心内科副主任医师，从事临床工作22年，擅长冠心病、老年心力衰竭，出专家门诊。'),
    ('DR-HUADONG-0004',       'CITY-HUADONG',       'ENDOCRINOLOGY',      NULL, NULL, '李国华', 'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '老年糖尿病、甲状腺结节',             false, '华东医院内分泌科副主任医师，从事临床工作20年，擅长老年糖尿病、甲状腺结节，出专家门诊。'),
    ('DR-HUADONG-0005',       'CITY-HUADONG',       'NEUROLOGY',          NULL, NULL, '吴丹',   'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '认知障碍、脑血管病',                 false, '华东医院神经内科副主任医师，从事临床工作23年，擅长认知障碍、脑血管病，出专家门诊。'),
    ('DR-HUADONG-0006',       'CITY-HUADONG',       'RESPIRATORY',        NULL, NULL, '范德明', 'MALE',   'ATTENDING_PHYSICIAN',       '慢阻肺、睡眠呼吸障碍',               false, '华东医院呼吸科主治医师，从事临床工作13年，擅长慢阻肺、睡眠呼吸障碍。'),
    ('DR-HUADONG-0007',       'CITY-HUADONG',       'ORTHOPAEDICS',       NULL, NULL, '叶春生', 'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '骨质疏松性骨折、脊柱外科',           false, '华东医院骨科副主任医师，从事临床工作19年，擅长骨质疏松性骨折、脊柱外科，出专家门诊。'),
    ('DR-LONGHUA-0001',       'CITY-LONGHUA',       'TCM-INTERNAL',       NULL, NULL, '严淑芬', 'FEMALE', 'CHIEF_PHYSICIAN',           '中医治疗脾胃病、慢性咳嗽',           false, '龙华医院中医内科主任医师，从事临床工作29年，擅长中医治疗脾胃病、慢性咳嗽，出专家门诊。'),
    ('DR-LONGHUA-0002',       'CITY-LONGHUA',       'TCM-INTERNAL',       NULL, NULL, '潘嘉敏', 'FEMALE', 'ATTENDING_PHYSICIAN',       '中医体质调理、膏方',                 false, '龙华医院中医内科主治医师，从事临床工作12年，擅长中医体质调理、膏方。'),
    ('DR-LONGHUA-0003',       'CITY-LONGHUA',       'ONCOLOGY',           NULL, NULL, '王承志', 'MALE',   'CHIEF_PHYSICIAN',           '中西医结合治疗肺癌、消化道肿瘤',     false, '龙华医院肿瘤科主任医师，从事临床工作30年，擅长中西医结合治疗肺癌、消化道肿瘤，出专家门诊。'),
    ('DR-LONGHUA-0004',       'CITY-LONGHUA',       'ONCOLOGY',           NULL, NULL, '周霞',   'FEMALE', 'ATTENDING_PHYSICIAN',       '肿瘤术后中医调理',                   false, '龙华医院肿瘤科主治医师，从事临床工作13年，擅长肿瘤术后中医调理。'),
    ('DR-LONGHUA-0005',       'CITY-LONGHUA',       'ORTHO-TRAUMA',       NULL, NULL, '顾辉',   'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '颈腰椎病、骨伤科手法治疗',           false, '龙华医院骨伤科副主任医师，从事临床工作19年，擅长颈腰椎病、骨伤科手法治疗，出专家门诊。'),
    ('DR-LONGHUA-0006',       'CITY-LONGHUA',       'ACUPUNCTURE',        NULL, NULL, '曹晓东', 'MALE',   'ATTENDING_PHYSICIAN',       '针灸治疗头痛、失眠',                 false, '龙华医院针灸科主治医师，从事临床工作14年，擅长针灸治疗头痛、失眠。'),
    ('DR-LONGHUA-0007',       'CITY-LONGHUA',       'RHEUMATOLOGY',       NULL, NULL, '马璐',   'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '中医药治疗类风湿关节炎、干燥综合征', false, '龙华医院风湿科副主任医师，从事临床工作20年，擅长中医药治疗类风湿关节炎、干燥综合征，出专家门诊。'),
    ('DR-LONGHUA-0008',       'CITY-LONGHUA',       'TCM-SURGERY',        NULL, NULL, '俞少华', 'MALE',   'ATTENDING_PHYSICIAN',       '乳腺病、慢性皮肤溃疡中医外治',       false, '龙华医院中医外科主治医师，从事临床工作15年，擅长乳腺病、慢性皮肤溃疡中医外治。'),
    ('DR-CHILDRENS-0001',     'CITY-CHILDRENS',     'PAED-INTERNAL',      NULL, NULL, '费凤英', 'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '小儿呼吸道感染、儿童哮喘',           false, '市儿童医院儿内科副主任医师，从事临床工作21年，擅长小儿呼吸道感染、儿童哮喘，出专家门诊。'),
    ('DR-CHILDRENS-0002',     'CITY-CHILDRENS',     'PAED-INTERNAL',      NULL, NULL, '葛燕萍', 'FEMALE', 'ATTENDING_PHYSICIAN',       '儿童消化系统疾病',                   false, '市儿童医院儿内科主治医师，从事临床工作11年，擅长儿童消化系统疾病。'),
    ('DR-CHILDRENS-0003',     'CITY-CHILDRENS',     'PAED-SURGERY',       NULL, NULL, '黄俊杰', 'MALE',   'ASSOCIATE_CHIEF_PHYSICIAN', '小儿疝气、先天性畸形',               false, '市儿童医院儿外科副主任医师，从事临床工作22年，擅长小儿疝气、先天性畸形，出专家门诊。'),
    ('DR-CHILDRENS-0004',     'CITY-CHILDRENS',     'NEONATOLOGY',        NULL, NULL, '沈岚',   'FEMALE', 'ASSOCIATE_CHIEF_PHYSICIAN', '早产儿管理、新生儿黄疸',             false, '市儿童医院新生儿科副主任医师，从事临床工作20年，擅长早产儿管理、新生儿黄疸，出专家门诊。'),
    ('DR-CHILDRENS-0005',     'CITY-CHILDRENS',     'PAED-RESPIRATORY',   NULL, NULL, '金锦华', 'MALE',   'ATTENDING_PHYSICIAN',       '儿童慢性咳嗽、过敏性鼻炎',           false, '市儿童医院呼吸科主治医师，从事临床工作15年，擅长儿童慢性咳嗽、过敏性鼻炎。'),
    ('DR-CHILDRENS-0006',     'CITY-CHILDRENS',     'PAED-OPHTHALMOLOGY', NULL, NULL, '何维新', 'MALE',   'ATTENDING_PHYSICIAN',       '儿童近视防控、斜弱视',               false, '市儿童医院眼科主治医师，从事临床工作13年，擅长儿童近视防控、斜弱视。'),
    ('DR-CHILDRENS-0007',     'CITY-CHILDRENS',     'CHILD-HEALTH',       NULL, NULL, '倪婉清', 'FEMALE', 'ATTENDING_PHYSICIAN',       '儿童生长发育、营养评估',             false, '市儿童医院儿童保健科主治医师，从事临床工作11年，擅长儿童生长发育、营养评估。')
) AS v (code, institution, department, team, team_role, name, gender, title, specialty,
        family_doctor, introduction)
ON CONFLICT (code) DO UPDATE SET
    institution_id = EXCLUDED.institution_id,
    department_id = EXCLUDED.department_id,
    team_id = EXCLUDED.team_id,
    team_role = EXCLUDED.team_role,
    name = EXCLUDED.name,
    gender = EXCLUDED.gender,
    title = EXCLUDED.title,
    specialty = EXCLUDED.specialty,
    family_doctor = EXCLUDED.family_doctor,
    introduction = EXCLUDED.introduction,
    updated_at = now()
WHERE (doctor.institution_id, doctor.department_id, doctor.team_id, doctor.team_role, doctor.name,
       doctor.gender, doctor.title, doctor.specialty, doctor.family_doctor, doctor.introduction)
      IS DISTINCT FROM (EXCLUDED.institution_id, EXCLUDED.department_id, EXCLUDED.team_id,
                        EXCLUDED.team_role, EXCLUDED.name, EXCLUDED.gender, EXCLUDED.title,
                        EXCLUDED.specialty, EXCLUDED.family_doctor, EXCLUDED.introduction);
