// Department names of any county-level unit with no registry and no
// configuration: the national vocabulary with the unit's own prefix, the other
// units of the same city, the parent city's bodies.
import { plan, runTable } from '../table';

const TITLE = (unit: string) => `${unit}2025年食品安全工作要点`;
const item = (note: string) => `1.加强食品安全监管，落实各项要求。${note}`;

describe('department/unknown (national vocabulary)', () => {
  runTable('department/unknown', [
    { name: 'a county: 县市场监督局 → 县市场监管局', text: plan(item('（县市场监督局负责）'), { title: TITLE('正定县') }), findings: [[5, '县市场监督局', '是否应为“县市场监管局”']], fixed: plan(item('（县市场监管局负责）'), { title: TITLE('正定县') }) },
    { name: 'a banner: 县教育局 → 旗教育局', text: plan(item('（旗市场监管局牵头，县教育局配合）'), { title: TITLE('鄂托克旗') }), findings: [[5, '县教育局']], fixed: plan(item('（旗市场监管局牵头，旗教育局配合）'), { title: TITLE('鄂托克旗') }) },
    { name: 'a banner: its own bodies and 各苏木乡镇', text: plan(item('（旗市场监管局牵头，旗农牧局、旗教体局、各苏木乡镇配合）'), { title: TITLE('鄂托克旗') }), findings: [] },
    { name: 'a county-level city: 市… are its own bodies', text: plan(item('（市市场监管局牵头，市教育局、市卫健局、各乡镇（街道）按职责分工负责）'), { title: TITLE('辛集市') }), findings: [] },
    { name: 'a district: usual short forms and nested 区发展改革委（粮食和储备局）', text: plan(item('（区发改委、区发展改革委（粮食和储备局）、区住建局、区城管执法局、区文旅局、区医保局、区委网信办、区团委、区妇联、区总工会按职责分工负责）'), { title: TITLE('安庆市大观区') }), findings: [] },
    { name: 'police: 公安{名}分局, {县}公安局, {市}公安局{名}分局', text: plan(item('（公安藁城分局、安庆市公安局大观分局负责）'), { title: TITLE('2025年藁城区') }), findings: [[5, '安庆市公安局大观分局']] },
    { name: 'a unit by its short name alone (浦东)', text: plan(item('（区市场监督局负责）'), { title: TITLE('浦东') }), findings: [[5, '区市场监督局', '浦东新区']], fixed: plan(item('（区市场监管局负责）'), { title: TITLE('浦东') }) },
    { name: 'a unit by its short name in the jurisdiction setting (海淀)', text: plan(item('（区市场监督局负责）'), { title: '2025年食品安全工作要点' }), env: { departments: { jurisdiction: '海淀' } }, findings: [[5, '区市场监督局', '海淀区']], fixed: plan(item('（区市场监管局负责）'), { title: '2025年食品安全工作要点' }) },
    { name: 'a prefecture city plan: 市… are its own, its units and 各县（市、区） are lower bodies', text: plan(item('（市市场监管局牵头，市教育局、安庆市公安局、市公安局大观分局、宿松县人民政府、大观区市场监管局、各县（市、区）人民政府、各县市区市场监管局按职责分工负责）'), { title: TITLE('安庆市') }), findings: [] },
    { name: 'a prefecture city plan: another level\'s prefix', text: plan(item('（市市场监管局牵头，县教育局配合）'), { title: TITLE('安庆市') }), findings: [[5, '县教育局', '安庆市']], fixed: plan(item('（市市场监管局牵头，市教育局配合）'), { title: TITLE('安庆市') }) },
    { name: 'an autonomous prefecture plan: 州… and 恩施州…', text: plan(item('（州市场监管局牵头，恩施州卫健委、州公安局利川分局配合）'), { title: TITLE('恩施土家族苗族自治州') }), findings: [] },
    { name: 'an autonomous prefecture plan: 市… is not its own', text: plan(item('（市市场监管局负责）'), { title: TITLE('恩施土家族苗族自治州') }), findings: [[5, '市市场监管局']], fixed: plan(item('（州市场监管局负责）'), { title: TITLE('恩施土家族苗族自治州') }) },
    { name: 'a province plan: 省… with 局 or 厅, 各市（州）', text: plan(item('（省市场监管局牵头，省农业农村厅、省公安厅、省卫生健康委、各市（州）人民政府配合）'), { title: TITLE('湖北省') }), findings: [] },
    { name: 'a province court: 省高级人民法院', text: plan(item('（省公安厅、省高级人民法院、省人民检察院按职责分工负责）'), { title: TITLE('河北省') }), findings: [] },
    { name: 'a city court: 市中级人民法院', text: plan(item('（市公安局、市中级人民法院、市人民检察院按职责分工负责）'), { title: TITLE('安庆市') }), findings: [] },
    { name: 'an autonomous region plan: 自治区…', text: plan(item('（自治区市场监管局牵头，自治区教育厅、各设区市人民政府配合）'), { title: TITLE('广西壮族自治区') }), findings: [] },
    { name: 'a municipality plan without a registry: its districts are lower bodies', text: plan(item('（市市场监管局牵头，市农业农村局、海淀区人民政府、各区人民政府配合）'), { title: TITLE('北京市') }), findings: [] },
    { name: 'zones, bodies stationed in the unit, customs offices, towns: 管委会, 驻区单位, 海关办事处, 某镇人民政府', text: plan(item('（区市场监管局牵头，高新区管委会、某某经济开发区管理委员会、驻区各单位、佛山海关驻南海办事处、九江镇人民政府、桂城街道办事处配合）'), { title: TITLE('佛山市南海区') }), findings: [] },
    { name: 'named towns, townships and zones as responsible units: 海口镇, 山口乡, 莘庄工业区, 某某经济开发区', text: plan(item('（区市场监管局牵头，海口镇、山口乡、莘庄工业区、某某经济开发区配合）'), { title: TITLE('安庆市大观区') }), findings: [] },
    { name: '各 distributes: 各街道、镇, 各乡镇人民政府、街道办事处', text: plan(item('（区市场监管局、各街道、镇，莘庄工业区按职责分工负责；区食安办牵头，各乡镇人民政府、街道办事处负责）'), { title: TITLE('上海市闵行区') }), findings: [] },
    { name: '…等部门 and 有关单位 are not names', text: plan(item('（县教育体育局、县市场监管局等部门按职责分工负责，有关单位配合）'), { title: TITLE('长丰县') }), findings: [] },
    { name: '各苏木乡镇人民政府, 各镇（街道）办事处', text: plan(item('（旗市场监管局牵头，各苏木乡镇人民政府、各嘎查村配合）'), { title: TITLE('鄂托克旗') }), findings: [] },
    { name: '国家税务总局…税务局 with 和 in the unit name is one body', text: plan(item('（县市场监管局、国家税务总局和林格尔县税务局按职责分工负责）'), { title: TITLE('和林格尔县') }), findings: [] },
    { name: 'regional names: 文化广电体育和旅游局, 林业管理局, 水利和湖泊局', text: plan(item('（县文化广电体育和旅游局、县林业管理局、县水利和湖泊局按职责分工负责）'), { title: TITLE('三江侗族自治县') }), findings: [] },
    { name: 'bodies of many counties and districts: 文广旅体局, 规划和自然资源局, 国资局, 投资促进局, 大数据中心, 政务服务数据管理局, 烟草专卖局, 人武部', text: plan(item('（区文化广电旅游体育局、区规划和自然资源局、区国资局、区投资促进局、区大数据中心、区政务服务数据管理局、区烟草专卖局、区委社会工作部、区人武部按职责分工负责）'), { title: TITLE('广州市白云区') }), findings: [] },
    { name: 'a new body is no licence for a misspelling: 区投资促近局 → 区投资促进局', text: plan(item('（区投资促近局负责）'), { title: TITLE('广州市白云区') }), findings: [[5, '区投资促近局', '是否应为“区投资促进局”']], fixed: plan(item('（区投资促进局负责）'), { title: TITLE('广州市白云区') }) },
    { name: 'a special district writes its own bodies with 特区 (六枝特区)', text: plan(item('（特区食安办牵头，特区市场监管局、特区教育局、各乡（镇、街道）按职责分工负责）'), { title: TITLE('六枝特区') }), findings: [] },
    { name: 'Beijing\'s 地区办事处 next to 街道办事处', text: plan(item('（区食安办牵头，各街道办事处、地区办事处负责；各地区办事处配合）'), { title: TITLE('北京市朝阳区') }), findings: [] },
    { name: '生态环境局 分局 forms', text: plan(item('（市生态环境局正定分局、县生态环境分局按职责分工负责）'), { title: TITLE('正定县') }), findings: [] },
  ]);
});

describe('department/foreign (national vocabulary)', () => {
  runTable('department/foreign', [
    { name: '公安浦东分局 in a 静安区 plan', text: plan(item('（公安浦东分局负责）'), { title: TITLE('上海市静安区') }), findings: [[5, '公安浦东分局', '浦东新区']], suggestions: ['公安静安分局'], fixed: plan(item('（公安静安分局负责）'), { title: TITLE('上海市静安区') }) },
    { name: '辛集市公安局 in a 藁城区 plan', text: plan(item('（辛集市公安局负责）'), { title: TITLE('藁城区') }), findings: [[5, '辛集市公安局', '辛集市']], suggestions: ['藁城区公安局'], fixed: plan(item('（藁城区公安局负责）'), { title: TITLE('藁城区') }) },
    { name: '卫滨区… in a 凤泉区 plan', text: plan(item('（卫滨区市场监管局负责）'), { title: TITLE('新乡市凤泉区') }), findings: [[5, '卫滨区市场监管局', '卫滨区']], suggestions: ['区市场监管局'], fixed: plan(item('（区市场监管局负责）'), { title: TITLE('新乡市凤泉区') }) },
    { name: 'the parent city body in a county plan', text: plan(item('（市市场监管局负责）'), { title: TITLE('正定县') }), findings: [[5, '市市场监管局', '石家庄市']], suggestions: ['县市场监管局'], fixed: plan(item('（县市场监管局负责）'), { title: TITLE('正定县') }) },
    { name: 'the parent city named in full in a county-level city plan', text: plan(item('（石家庄市卫健局负责）'), { title: TITLE('辛集市') }), findings: [[5, '石家庄市卫健局']], suggestions: ['市卫健局'], fixed: plan(item('（市卫健局负责）'), { title: TITLE('辛集市') }) },
    { name: '市… in a county-level city plan is its own', text: plan(item('（市市场监管局负责）'), { title: TITLE('辛集市') }), findings: [] },
    { name: 'the province body in a city plan', text: plan(item('（省农业农村厅负责）'), { title: TITLE('安庆市') }), findings: [[5, '省农业农村厅', /安庆市计划的责任分工中出现安徽省的单位.*本级对应单位为“市农业农村局”.*上级计划/]], fixed: plan(item('（市农业农村局负责）'), { title: TITLE('安庆市') }) },
    { name: 'the province body in a city plan, in the form the plan uses', text: plan(item('（省卫生健康委牵头，市卫健委配合）'), { title: TITLE('安庆市') }), findings: [[5, '省卫生健康委']], fixed: plan(item('（市卫健委牵头，市卫健委配合）'), { title: TITLE('安庆市') }) },
    { name: 'another city of the province in a city plan', text: plan(item('（合肥市市场监管局负责）'), { title: TITLE('安庆市') }), findings: [[5, '合肥市市场监管局', /合肥市的单位.*其他城市/]], fixed: plan(item('（市市场监管局负责）'), { title: TITLE('安庆市') }) },
    { name: 'a district\'s police branch in a county-level city plan: the canonical body, not 市公安分局', text: plan(item('（藁城区公安分局负责）'), { title: TITLE('辛集市') }), findings: [[5, '藁城区公安分局', '应为“市公安局”']], fixed: plan(item('（市公安局负责）'), { title: TITLE('辛集市') }) },
    { name: 'a neighbour\'s body: the drafter\'s short form is kept (卫健委)', text: plan(item('（藁城区卫健委负责）'), { title: TITLE('辛集市') }), findings: [[5, '藁城区卫健委']], fixed: plan(item('（市卫健委负责）'), { title: TITLE('辛集市') }) },
    { name: 'a neighbour\'s body: the form the plan already writes', text: plan(item('（藁城区卫健委负责）（市卫生健康委负责）'), { title: TITLE('辛集市') }), findings: [[5, '藁城区卫健委']], fixed: plan(item('（市卫生健康委负责）（市卫生健康委负责）'), { title: TITLE('辛集市') }) },
    { name: 'a neighbour of the same kind: its 分局 form is this unit\'s too', text: plan(item('（江北区公安分局负责）'), { title: TITLE('渝北区') }), findings: [[5, '江北区公安分局']], fixed: plan(item('（区公安分局负责）'), { title: TITLE('渝北区') }) },
    { name: 'a neighbour\'s full police name: the plan\'s own form of the body', text: plan(item('（晋州市公安局负责）（市公安局负责）'), { title: TITLE('辛集市') }), findings: [[5, '晋州市公安局']], fixed: plan(item('（市公安局负责）（市公安局负责）'), { title: TITLE('辛集市') }) },
    { name: 'a short name two units share (伊宁市, 伊宁县) is not read as either', text: plan(item('（县市场监管局牵头，公安伊宁分局配合）'), { title: TITLE('霍城县') }), findings: [] },
    { name: 'the full name of a unit that shares its short name is', text: plan(item('（县市场监管局牵头，伊宁县公安局配合）'), { title: TITLE('霍城县') }), findings: [[5, '伊宁县公安局', '伊宁县']], suggestions: ['霍城县公安局'], fixed: plan(item('（县市场监管局牵头，霍城县公安局配合）'), { title: TITLE('霍城县') }) },
  ]);
});
